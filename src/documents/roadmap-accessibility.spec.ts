import { readFile } from 'node:fs/promises';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDFParse } from 'pdf-parse';
import { LABELS, Labels } from '../../templates/labels';
import { DocumentAction, DocumentFinding, DocumentInput, roadmapDocument } from '../../templates/roadmap-document';
import { savePagePngs } from '../../test/utils/pdf-pages';
import { FRAMEWORK_INSTRUMENTS } from '../reference/catalogs';
import { DocumentRenderer } from './document-renderer';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b = '#ffffff'): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const AREAS = ['uas', 'religious_sites', 'urban_centres'];

const finding = (i: number, overrides: Partial<DocumentFinding> = {}): DocumentFinding => ({
  id: `f${i}`,
  code: `TGO-F-${String(i).padStart(3, '0')}`,
  kind: 'gap',
  thematicArea: AREAS[i % AREAS.length],
  dimension: 'legal',
  phase: 'prevent',
  level: (i % 5) + 1,
  title: `Finding ${i} on the protection of sites`,
  observation: 'The national framework does not yet assign responsibility for this risk to one authority. '.repeat(3),
  frameworkRefs: i === 1 ? ['s_res_2341_2017', 'a_res_75_291_op71'] : [],
  evidence: [{ kind: 'document', reference: `Decree ${i}`, date: '2026-03-01' }],
  ...overrides,
});

const action = (i: number, overrides: Partial<DocumentAction> = {}): DocumentAction => ({
  id: `a${i}`,
  code: `A-${String(i).padStart(2, '0')}`,
  title: `Action ${i}: designate a lead authority`,
  description: 'Designate, resource and train the authority that leads the protection of the sites concerned. '.repeat(2),
  findingIds: [`f${(i % 12) + 1}`],
  responsibleEntity: 'Ministry of Security',
  partners: ['UNOCT', 'UNICRI'],
  priority: ['high', 'medium', 'low'][i % 3],
  estimatedCostUsd: i % 2 === 0 ? 10_000 * i : null,
  targetLevel: 3,
  timeframe: ['short', 'medium', 'long'][Math.floor(i / 6) % 3],
  startDate: null,
  endDate: null,
  indicators: [{ description: 'Authority designated by decree', baseline: 'none', target: 'decree adopted' }],
  support: [{ kind: 'training_course', course: 'crisis_management' }, ...(i % 4 === 0 ? [{ kind: 'mentoring' }] : [])],
  ...overrides,
});

const mission = (consultations: number): DocumentInput['missions'][number] => ({
  type: 'scoping',
  startDate: '2026-02-02',
  endDate: '2026-02-06',
  documentsReviewed: [{ title: 'National security strategy', reference: 'NSS-2024' }],
  consultations: Array.from({ length: consultations }, (_, i) => ({ institution: `Institution ${i + 1}`, sector: 'security', date: '2026-02-03', participants: 3 + i })),
});

/** An edition with something in every section, long enough for sections to meet page ends. */
function fullInput(overrides: Partial<DocumentInput> = {}): DocumentInput {
  return {
    countryName: 'Togo',
    engagementTitle: 'Protection of vulnerable targets in Togo',
    thematicAreas: AREAS,
    versionNumber: 2,
    status: 'draft',
    versionDate: '2026-11-23',
    audience: 'government',
    findings: [...Array.from({ length: 12 }, (_, i) => finding(i + 1)), finding(13, { kind: 'good_practice', title: 'Interfaith liaison works well' })],
    actions: Array.from({ length: 18 }, (_, i) => action(i + 1)),
    missions: [mission(14)],
    decisions: [{ versionNumber: 1, actionCode: 'A-01', body: 'Name the ministry.', decision: 'accepted', reply: 'Done.' }],
    instruments: [...FRAMEWORK_INSTRUMENTS],
    ...overrides,
  };
}

async function parsed(pdf: Buffer): Promise<{ pages: string[]; text: string; info: Record<string, unknown>; outline: { title: string; items: unknown[] }[] }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return {
      pages: text.pages.map((p) => p.text),
      text: text.text,
      info: (info.info ?? {}) as Record<string, unknown>,
      outline: (info.outline ?? []),
    };
  } finally {
    await parser.destroy();
  }
}

/** Every `color` that applies to text in a definition: on nodes, in styles, in the header. */
function textColours(definition: TDocumentDefinitions): { where: string; color: string }[] {
  const found: { where: string; color: string }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // Canvas shapes and table fills are not text; their colours are decoration.
    if ('canvas' in record) return;
    if (typeof record.color === 'string') found.push({ where, color: record.color });
    for (const [key, value] of Object.entries(record)) if (key !== 'color') walk(value, `${where}.${key}`);
  };
  walk(definition.content, 'content');
  walk(definition.header, 'header');
  walk(definition.styles, 'styles');
  walk(definition.defaultStyle, 'defaultStyle');
  return found;
}

describe('the roadmap PDF: accessible and laid out for reading', () => {
  let renderer: DocumentRenderer;
  const render = async (input: DocumentInput, labels: Labels = LABELS.en): Promise<Buffer> => renderer.render(roadmapDocument(input, labels));

  beforeAll(() => {
    renderer = new DocumentRenderer(2);
  });
  afterAll(() => renderer.onModuleDestroy());

  it('declares its language, version and title for readers, and names its author and subject', async () => {
    for (const labels of [LABELS.en, LABELS.fr, LABELS.ru]) {
      const pdf = await render(fullInput(), labels);
      const bytes = pdf.toString('latin1');
      expect(bytes.startsWith('%PDF-1.7')).toBe(true);
      expect(bytes).toContain(`/Lang (${labels.locale})`);
      expect(bytes).toMatch(/\/DisplayDocTitle true/);
      expect(bytes).toMatch(/\/PageMode \/UseOutlines/);
      const { info } = await parsed(pdf);
      expect(info.Title).toBe(`${labels.documentTitle}: Togo (${labels.edition.government})`);
      expect(info.Author).toBe(`${labels.office}, ${labels.programme}`);
      expect(info.Subject).toContain(labels.subtitle);
    }
  }, 60_000);

  it('has a bookmark for every section, with each sub-section under its section', async () => {
    const { outline } = await parsed(await render(fullInput()));
    const titles = outline.map((item) => item.title);
    expect(titles).toEqual([
      'Contents',
      'Executive summary',
      'Background and mandate',
      'Methodology',
      'Strengths',
      'Findings by thematic area',
      'Action matrix',
      'Costing summary',
      'Timeline of actions',
      'Implementation, mentoring and training',
      'Monitoring',
      'Annexes',
    ]);
    const children = (title: string): string[] =>
      ((outline.find((item) => item.title === title)?.items ?? []) as { title: string }[]).map((item) => item.title);
    expect(children('Action matrix')).toEqual([LABELS.en.timeframes.short, LABELS.en.timeframes.medium, LABELS.en.timeframes.long]);
    expect(children('Findings by thematic area')).toEqual(AREAS.map((code) => LABELS.en.areas[code]));
    expect(children('Annexes')).toEqual(['Annex 1. Stakeholders consulted', 'Annex 2. References', 'Annex 3. From findings to actions', 'Annex 4. Decisions on comments']);
  }, 60_000);

  it('draws the draft watermark rather than writing it: no reader or extractor meets its letters', async () => {
    for (const labels of [LABELS.en, LABELS.fr, LABELS.ru]) {
      const draft = await render(fullInput(), labels);
      const { pages } = await parsed(draft);
      for (const page of pages) {
        // The page's own words may contain the letters; the watermark's word, alone or spaced out, must not appear.
        expect(page.replace(/\s+/g, '')).not.toContain(`${labels.draftWatermark}${labels.draftWatermark}`);
        expect(page).not.toMatch(new RegExp(labels.draftWatermark.split('').join('\\s+')));
        expect(page.split(/\s+/)).not.toContain(labels.draftWatermark);
      }
    }
    const draft = await render(fullInput());
    const final = await render(fullInput({ status: 'final' }));
    // Drawn: the draft's pages carry a filled path with transparency that the final's do not.
    expect(draft.toString('latin1')).toMatch(/\/ca 0\.12/);
    expect(final.toString('latin1')).not.toMatch(/\/ca 0\.12/);
    // And seen: the same page of the draft and of the final edition, as images, differ (by the watermark only:
    // page 3 has no other mark of the status).
    const [draftPage] = await savePagePngs(draft, 'a11y-draft-en', [3]);
    const [finalPage] = await savePagePngs(final, 'a11y-final-en', [3]);
    expect((await parsed(draft)).pages[2]).toBe((await parsed(final)).pages[2]);
    expect(Buffer.compare(await readFile(draftPage), await readFile(finalPage))).not.toBe(0);
    await savePagePngs(draft, 'a11y-draft-en', [1]);
  }, 120_000);

  it('uses only text colours that read at 4.5:1 or more on white (WCAG 2 AA)', () => {
    for (const audience of ['internal', 'government', 'public'] as const) {
      for (const labels of [LABELS.en, LABELS.fr, LABELS.ru]) {
        const colours = textColours(roadmapDocument(fullInput({ audience }), labels).definition);
        // The priorities in the matrix are among them.
        expect(new Set(colours.map((c) => c.color)).size).toBeGreaterThanOrEqual(4);
        for (const { where, color } of colours) {
          expect({ where, color, ratio: contrast(color) >= 4.5 }).toEqual({ where, color, ratio: true });
        }
      }
    }
    // The renderer's own text (the footer) and the tables' header fill, read the same way.
    expect(contrast('#5b6770')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', '#eef3f8')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps headings with what follows and table headers with their first row, whatever the length of the sections', async () => {
    const l = LABELS.en;
    const headings = new Set([...Object.values(l.sections), ...Object.values(l.timeframes), ...AREAS.map((code) => l.areas[code]), l.text.byLevel, l.text.byArea, l.text.byPriority, l.costing.title, l.costing.byArea, l.costing.byTimeframe, l.costing.byPriority, l.adoption.title]);
    const headerRows = [
      [l.columns.code, l.columns.action],
      [l.columns.code, l.columns.indicator],
      [l.columns.institution, l.columns.sector],
      [l.columns.finding, l.columns.actions],
      [l.columns.comment, l.columns.decision],
      [l.columns.level, l.summary.gapsColumn],
      [l.columns.area, l.summary.gapsColumn],
      [l.columns.priority, l.summary.actionsColumn],
      [l.columns.area, l.costing.actions],
      [l.costing.timeframe, l.costing.actions],
      [l.columns.priority, l.costing.actions],
      [`${l.columns.code} · ${l.columns.action}`, l.timeline.month],
    ].map(([first, second]) => new RegExp(`^${first}\\s+${second}(\\s|$)`));
    // Sections of many lengths, so that headings and tables meet the foot of a page at many heights.
    const variants = Array.from({ length: 24 }, (_, i) => ({ findings: 2 + i, actions: 3 + ((i * 5) % 19), consultations: 2 + ((i * 7) % 23) }));
    const ends: { variant: string; page: number; last: string }[] = [];
    await Promise.all(
      variants.map(async (v) => {
        const input = fullInput({
          findings: Array.from({ length: v.findings }, (_, i) => finding(i + 1)),
          actions: Array.from({ length: v.actions }, (_, i) => action(i + 1)),
          missions: [mission(v.consultations)],
        });
        const { pages } = await parsed(await render(input));
        pages.forEach((page, index) => {
          const lines = page.split('\n').map((line) => line.trim()).filter((line) => line && line !== l.edition.government && !line.startsWith('Togo · Version'));
          ends.push({ variant: JSON.stringify(v), page: index + 1, last: lines[lines.length - 1] ?? '' });
        });
      }),
    );
    // A finding's title or its line of facts, or the chart's legend, ending a page is a heading left behind too.
    const smallPrint = [/^TGO-F-\d{3} · Finding \d+ on the protection of sites$/, new RegExp(`^(${l.kinds.gap}|${l.kinds.good_practice}) · `), new RegExp(`^${l.timeline.monthZeroAdoption}$`)];
    const stranded = ends.filter(({ last }) => headings.has(last) || [...headerRows, ...smallPrint].some((pattern) => pattern.test(last)));
    expect(stranded).toEqual([]);
    expect(ends.length).toBeGreaterThan(24 * 8);
  }, 180_000);

  it('gives the cover and the contents a page each, and lets the sections after them share pages', async () => {
    const pdf = await render(fullInput());
    const { pages } = await parsed(pdf);
    const startsOn = (title: string): number => pages.findIndex((page, i) => i > 1 && page.split('\n').some((line) => line.trim() === title)) + 1;
    expect(pages[0]).not.toContain(LABELS.en.sections.contents);
    expect(pages[1]).toContain(LABELS.en.sections.contents);
    expect(pages[1]).not.toContain('The assessment recorded');
    expect(startsOn(LABELS.en.sections.executiveSummary)).toBe(3);
    // Ten sections on fewer pages than one each.
    const starts = Object.values(LABELS.en.sections).slice(1, 11).map(startsOn);
    expect(starts.every((page) => page > 2)).toBe(true);
    expect(new Set(starts).size).toBeLessThan(starts.length);
    await savePagePngs(pdf, 'a11y-layout-en');
  }, 60_000);

  it('names the office and the programme on the cover and carries the edition\'s marking', async () => {
    for (const labels of [LABELS.en, LABELS.fr, LABELS.ru]) {
      for (const audience of ['internal', 'government', 'public'] as const) {
        const { definition } = roadmapDocument(fullInput({ audience }), labels);
        const cover = JSON.stringify((definition.content as Content[]).slice(0, 10));
        expect(cover).toContain(JSON.stringify(labels.office));
        expect(cover).toContain(JSON.stringify(labels.programme));
        expect(cover).toContain(JSON.stringify(labels.edition[audience]));
      }
    }
    const pdf = await render(fullInput({ audience: 'internal', status: 'final' }));
    const { pages } = await parsed(pdf);
    expect(pages[0]).toContain('United Nations Office of Counter-Terrorism (UNOCT)');
    expect(pages[0].replace(/\s+/g, ' ')).toContain('United Nations Global Programme on Countering Terrorist Threats against Vulnerable Targets');
    // Once in the running head and once, framed, in the body of the cover.
    expect(pages[0].split(LABELS.en.edition.internal).length - 1).toBe(2);
    await savePagePngs(pdf, 'a11y-cover-en', [1]);
    await savePagePngs(await render(fullInput({ audience: 'public' }), LABELS.ru), 'a11y-cover-ru', [1]);
  }, 60_000);
});
