import type { CanvasElement, Content, ContentStack, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Labels } from './labels';

/**
 * The roadmap document as a pure function: a version's content and one language's labels in, a pdfmake
 * document definition out. No clock, no randomness: the same input gives the same definition, so the
 * same bytes. The footer is described as data (FooterSpec) because the renderer runs in a worker thread
 * and functions do not cross threads.
 */

export interface DocumentFinding {
  id: string;
  code: string;
  kind: string;
  thematicArea: string;
  dimension: string;
  phase: string;
  level: number;
  title: string;
  observation: string;
  frameworkRefs: string[];
  evidence: { kind: string; reference: string; date: string }[];
}

export interface DocumentAction {
  id: string;
  code: string;
  /** Where the action belongs; without it, the area of its first finding in the edition. */
  thematicArea?: string;
  title: string;
  description: string;
  findingIds: string[];
  responsibleEntity: string;
  partners: string[];
  priority: string;
  timeframe: string;
  startDate: string | null;
  endDate: string | null;
  indicators: { description: string; baseline: string; target: string }[];
  support: { kind: string; course?: string }[];
  estimatedCostUsd: number | null;
  targetLevel: number | null;
}

/** The adoption of the final version, once the Government has recorded it. */
export interface DocumentAdoption {
  adoptingAuthority: string;
  instrumentReference: string;
  /** YYYY-MM-DD. */
  adoptedOn: string;
}

export interface DocumentInput {
  countryName: string;
  engagementTitle: string;
  thematicAreas: string[];
  versionNumber: number;
  status: 'draft' | 'final';
  /** The version's creation date, YYYY-MM-DD. */
  versionDate: string;
  audience: 'internal' | 'government' | 'public';
  findings: DocumentFinding[];
  actions: DocumentAction[];
  missions: {
    type: string;
    startDate: string | null;
    endDate: string | null;
    documentsReviewed: { title: string; reference?: string }[];
    consultations: { institution: string; sector: string; date: string; participants: number }[];
  }[];
  decisions: { versionNumber: number; actionCode: string | null; body: string; decision: string; reply: string }[];
  /** In the document's language: the caller gives the titles and summaries in it (the quoted text only in English). */
  instruments: { code: string; symbol: string; title: string; issuedBy: string; year: number; text?: string; summary: string }[];
  /** For a final version: its adoption once recorded; signature lines until then. */
  adoption?: DocumentAdoption | null;
}

export interface FooterSpec {
  left: string;
  pageWord: string;
  ofWord: string;
}

export interface RoadmapDocument {
  definition: TDocumentDefinitions;
  footer: FooterSpec;
}

const TIMEFRAME_ORDER = ['short', 'medium', 'long'] as const;
/** High-priority actions the executive summary names; the others are counted. */
const PRIORITY_ACTIONS_IN_SUMMARY = 10;
const TIMEFRAME_MONTHS: Record<string, [number, number]> = { short: [0, 6], medium: [6, 18], long: [18, 36] };
/**
 * Every colour used on text reads at 4.5:1 or more on white (WCAG 2, checked by src/documents/roadmap-accessibility.spec.ts):
 * accent 8.7, muted 5.8, high 6.0, medium 5.1, low 5.9. `rule` is for lines only.
 */
const COLORS = { accent: '#1f4e79', muted: '#5b6770', rule: '#c8d0d8', high: '#b03a2e', medium: '#a35c00', low: '#1a7340' };

/**
 * Characters that have no place in a PDF text run (C0 controls but tab and newline, DEL, lone surrogates).
 * Nothing is cut: the API bounds every field, and the document prints what was accepted.
 */
export function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const utc = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, LONG_DATE).format(utc(isoDate));
}

/** "9–20 February 2026", "9–20 février 2026", "9 февраля – 20 марта 2026 г.": the language's own range. */
export function formatDateRange(from: string, to: string, locale: string): string {
  return from <= to ? new Intl.DateTimeFormat(locale, LONG_DATE).formatRange(utc(from), utc(to)) : formatDate(from, locale);
}

function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** US dollars as the language writes them ("US$12,500", "12 500 $US", "12 500 $"). */
export function formatUsd(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
}

function formatShare(part: number, whole: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(whole === 0 ? 0 : part / whole);
}

function list(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * French typography: a narrow no-break space before ";", "?", "!" and ":" (and none doubled), so that the
 * sign never starts a line. Only signs followed by a space or the end: "10:30" and URLs stay as they are.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/(\S+?)[ \u00a0\u202f]?([;:?!]+)(?=[\s\u00a0\u202f]|$)/g, (match, word: string, signs: string) =>
    // A run of signs ("?!") takes one space before it; an address ("https://…?") is left as written.
    /[;:?!]$/.test(word) || /:\/\/|^www\./i.test(word) ? match : `${word}\u202f${signs}`,
  );
}
/** Applies `typeset` to every string a reader sees in the content tree (texts, lists, tables, columns). */
function typesetTree(node: unknown, typeset: (text: string) => string): unknown {
  if (typeof node === 'string') return typeset(node);
  if (Array.isArray(node)) return node.map((child) => typesetTree(child, typeset));
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = ['text', 'stack', 'ul', 'ol', 'columns', 'table', 'body', 'toc', 'title'].includes(key) ? typesetTree(value, typeset) : value;
  }
  return copy;
}

/**
 * A section (1) or sub-section (2) heading: in the contents, in the bookmarks (nested by withOutline) and
 * marked with its level so that the renderer keeps it with what follows and starts a section on a new page
 * only when little room is left on the current one (pageBreakBefore in render.worker.js).
 */
function heading(text: string, level: 1 | 2 = 1): Content {
  return level === 1
    ? { text, style: 'h1', tocItem: true, headlineLevel: 1, outline: true }
    : { text, style: 'h2', tocItem: true, tocMargin: [12, 0, 0, 0], headlineLevel: 2, outline: true };
}

/**
 * The bookmarks: every heading gets an id, and each sub-section names the section above it as its parent, so
 * that a reader's outline mirrors the contents. A pass over the finished content, since the section functions
 * build their headings without knowing their place.
 */
function withOutline(content: Content[]): Content[] {
  let section = 0;
  let sub = 0;
  let parent: string | undefined;
  const isNode = (node: Content): node is Exclude<Content, string | number | Content[]> => typeof node === 'object' && node !== null && !Array.isArray(node);
  const isStack = (node: Content): node is ContentStack => isNode(node) && 'stack' in node;
  const isText = (node: Content): node is ContentText => isNode(node) && 'text' in node;
  const visit = (node: Content): Content => {
    if (isStack(node)) return { ...node, stack: node.stack.map(visit) };
    if (!isText(node) || node.outline !== true) return node;
    if (node.headlineLevel === 2 && parent) {
      sub += 1;
      return { ...node, id: `${parent}-${sub}`, outlineParentId: parent };
    }
    section += 1;
    sub = 0;
    parent = `section-${section}`;
    return { ...node, id: parent };
  };
  return content.map(visit);
}

/** Rows with more text than this may be taller than a page: they are let to break (pdfmake drops a kept row that is). */
const UNBREAKABLE_ROW_CHARS = 1200;

/** The characters a cell prints, through its stacks, columns and runs. */
function textLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + textLength(child), 0);
  if (node === null || typeof node !== 'object') return 0;
  const { text, stack, columns, ul, ol } = node as Record<string, unknown>;
  return textLength(text) + textLength(stack) + textLength(columns) + textLength(ul) + textLength(ol);
}

function table(headers: string[], rows: TableCell[][], widths: (string | number)[]): Content {
  // Short rows are kept whole and the header with the first row; a row that may outgrow a page flows instead.
  const keepWhole = rows.every((row) => textLength(row) <= UNBREAKABLE_ROW_CHARS);
  return {
    table: {
      headerRows: 1,
      // The header row never sits alone at the foot of a page: it moves with the first row.
      keepWithHeaderRows: keepWhole ? 1 : 0,
      dontBreakRows: keepWhole,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    // Defined in the renderer (src/documents/render.worker.js): functions do not cross into the worker.
    layout: 'roadmap',
    margin: [0, 4, 0, 12],
  };
}

/**
 * What every section reads. The input is one edition: the caller has already kept only the findings and
 * actions its audience may read (forAudience), so every count, list and cross-reference below is computed
 * from what the edition holds, and a section with nothing in it is left out (and so out of the contents).
 */
interface Context {
  input: DocumentInput;
  l: Labels;
  date: string;
  findingCode: Map<string, string>;
  gaps: DocumentFinding[];
  strengths: DocumentFinding[];
  /** The instruments the edition's findings cite. */
  instruments: DocumentInput['instruments'];
  area: (code: string) => string;
  /** The action's own area (or, for content without one, that of its first finding in the edition). */
  areaOf: (action: DocumentAction) => string | undefined;
}

export function roadmapDocument(input: DocumentInput, labels: Labels): RoadmapDocument {
  const l = labels;
  const cited = new Set(input.findings.flatMap((f) => f.frameworkRefs));
  const areaById = new Map(input.findings.map((f) => [f.id, f.thematicArea]));
  const c: Context = {
    input,
    l,
    date: formatDate(input.versionDate, l.locale),
    findingCode: new Map(input.findings.map((f) => [f.id, f.code])),
    gaps: input.findings.filter((f) => f.kind === 'gap'),
    strengths: input.findings.filter((f) => f.kind === 'good_practice'),
    instruments: input.instruments.filter((i) => cited.has(i.code)),
    area: (code) => l.areas[code] ?? code,
    areaOf: (action) => action.thematicArea ?? action.findingIds.map((id) => areaById.get(id)).find(Boolean),
  };
  const marking = l.edition[input.audience];
  const annexes = annexesSection(c);
  return {
    definition: {
      info: {
        // The edition is named wherever the file may travel without its pages: title, subject, keywords.
        title: `${l.documentTitle}: ${clean(input.countryName)} (${marking})`,
        author: `${l.office}, ${l.programme}`,
        subject: `${l.subtitle} · ${clean(input.countryName)} · ${l.version} ${input.versionNumber} · ${l.audience[input.audience]}`,
        keywords: `${input.audience}, ${marking}`,
        creator: 'Vulnerable Targets Roadmaps',
        producer: 'Vulnerable Targets Roadmaps',
        creationDate: new Date(`${input.versionDate}T00:00:00Z`),
      },
      // For screen readers and viewers: the text's language (/Lang), the title in the window (not the file
      // name), and PDF 1.7 rather than pdfmake's default 1.3.
      language: l.locale,
      displayTitle: true,
      version: '1.7',
      pageSize: 'A4',
      pageMargins: [48, 56, 48, 56],
      // Every page names its edition (static content: functions do not cross into the rendering worker).
      // No letter-spacing: spaced capitals are read out letter by letter.
      header: { text: marking, style: 'running', alignment: 'right', bold: true, margin: [48, 24, 48, 0] },
      // A spec, not pdfmake's text watermark: the renderer draws it from the font's outlines (render.worker.js),
      // so that no reader speaks it and no extractor prints it after every footer.
      ...(input.status === 'draft' ? { watermark: { text: l.draftWatermark, color: COLORS.muted, opacity: 0.12, bold: true } } : {}),
      defaultStyle: { font: 'NotoSans', fontSize: 9.5, lineHeight: 1.2 },
      styles: {
        // Running heads and feet; the renderer's page-break rule knows them by this name.
        running: { fontSize: 7.5, color: COLORS.muted },
        office: { fontSize: 10, color: COLORS.muted, margin: [0, 0, 0, 4] },
        programme: { fontSize: 12, bold: true, color: COLORS.accent, lineHeight: 1.25 },
        marking: { fontSize: 13, bold: true, color: COLORS.accent, alignment: 'center' },
        country: { fontSize: 28, bold: true, color: COLORS.accent, margin: [0, 0, 0, 12] },
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
        subtitle: { fontSize: 14, color: COLORS.accent, margin: [0, 0, 0, 20] },
        engagementTitle: { fontSize: 11, italics: true },
        meta: { fontSize: 10, color: COLORS.muted },
        h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 14, 0, 10] },
        h2: { fontSize: 12.5, bold: true, color: COLORS.accent, margin: [0, 10, 0, 6] },
        h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
        th: { bold: true, fontSize: 8.5 },
        p: { margin: [0, 0, 0, 6] },
        small: { fontSize: 8, color: COLORS.muted, margin: [0, 0, 0, 4] },
        quote: { italics: true, margin: [12, 0, 0, 8] },
        findingTitle: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
      },
      content: withOutline([
        ...coverSection(c),
        ...contentsSection(c),
        ...summarySection(c),
        ...backgroundSection(c),
        ...methodologySection(c),
        ...strengthsSection(c),
        ...findingsSection(c),
        ...matrixSection(c),
        ...costingSection(c),
        ...timelineSection(c),
        ...implementationSection(c),
        ...monitoringSection(c),
        ...annexes,
        ...adoptionSection(c),
      ]),
    },
    footer: { left: `${clean(input.countryName)} · ${l.version} ${input.versionNumber} · ${c.date}`, pageWord: l.page, ofWord: l.of },
  };
}

/**
 * The language's typography over everything a reader sees (content and footer); French only for now: its
 * spaces before signs. Applied once the document is built, so no section can forget it.
 */
export function typeset(document: RoadmapDocument, language: string): RoadmapDocument {
  if (language !== 'fr') return document;
  const info = document.definition.info;
  return {
    definition: {
      ...document.definition,
      ...(info ? { info: { ...info, title: info.title && frenchSpacing(info.title), subject: info.subject && frenchSpacing(info.subject) } } : {}),
      content: typesetTree(document.definition.content, frenchSpacing) as Content,
    },
    footer: { ...document.footer, left: frenchSpacing(document.footer.left) },
  };
}

/** "3 findings", "1 finding": the label's form for this number in the document's language. */
function counted(forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, n: number, locale: string): string {
  return fill(forms[new Intl.PluralRules(locale).select(n)] ?? forms.other, { n });
}

/**
 * The cover: the office and the programme by their full names, the country and the document, then the edition's
 * marking in a frame (who may read this copy), then version, date and audience.
 */
function coverSection({ input, l, date }: Context): Content[] {
  return [
    { text: l.office, style: 'office', margin: [0, 36, 0, 4] },
    { text: l.programme, style: 'programme' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 499, y2: 0, lineWidth: 1, lineColor: COLORS.rule }], margin: [0, 12, 0, 56] },
    { text: clean(input.countryName), style: 'country' },
    { text: l.documentTitle, style: 'title' },
    { text: l.subtitle, style: 'subtitle' },
    { text: clean(input.engagementTitle), style: 'engagementTitle' },
    // Defined in the renderer (src/documents/render.worker.js), like the tables' layout.
    { table: { widths: ['*'], body: [[{ text: l.edition[input.audience], style: 'marking' }]] }, layout: 'marking', margin: [0, 40, 0, 0] },
    {
      text: `${l.version} ${input.versionNumber} (${input.status === 'final' ? l.final : l.draft}) · ${date}`,
      style: 'meta',
      margin: [0, 24, 0, 4],
    },
    { text: l.audience[input.audience], style: 'meta' },
  ];
}

/** The contents on a page of their own: the sections that follow run on, breaking only where room runs out. */
function contentsSection({ l }: Context): Content[] {
  return [
    {
      stack: [{ toc: { title: { text: l.sections.contents, style: 'h1', outline: true, id: 'contents' } }, pageBreak: 'after' }],
      pageBreak: 'before',
    },
  ];
}

function summarySection(c: Context): Content[] {
  const { input, l } = c;
  const locale = l.locale;
  // Computed once from the edition; the sentences and the tables below read the same rows.
  const areas = [...input.thematicAreas, 'cross_cutting']
    .map((code) => ({
      code,
      gaps: c.gaps.filter((f) => f.thematicArea === code).length,
      strengths: c.strengths.filter((f) => f.thematicArea === code).length,
      actions: input.actions.filter((a) => c.areaOf(a) === code).length,
    }))
    // The areas this edition holds something in: a public edition says nothing of an area whose content it leaves out.
    .filter((row) => row.gaps > 0 || row.strengths > 0 || row.actions > 0);
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, count: c.gaps.filter((f) => f.level === level).length })).filter((row) => row.count > 0);
  const priorities = (['high', 'medium', 'low'] as const).map((p) => ({ p, count: input.actions.filter((a) => a.priority === p).length })).filter((row) => row.count > 0);
  const high = input.actions.filter((a) => a.priority === 'high');

  const sentences: string[] = [];
  if (areas.length > 0) {
    sentences.push(fill(l.summary.purpose, { country: clean(input.countryName), areas: list(areas.map((row) => c.area(row.code)), locale) }));
  }
  const missions = input.missions.map((m) => {
    const phrase = l.summary.missionPhrase[m.type as 'scoping' | 'follow_up'] ?? m.type;
    return m.startDate && m.endDate ? `${phrase} (${formatDateRange(m.startDate, m.endDate, locale)})` : phrase;
  });
  if (missions.length > 0) {
    const institutions = new Set(input.missions.flatMap((m) => m.consultations.map((x) => x.institution))).size;
    sentences.push(fill(l.summary.missions, { missions: list(missions, locale), institutions: counted(l.counted.institutions, institutions, locale) }));
  }
  if (c.gaps.length > 0) {
    const atLevels = levels.map((row) => fill(l.summary.atLevel, { n: formatNumber(row.count, locale), level: row.level, name: l.phrases.levelNames[row.level] ?? '' }));
    sentences.push(fill(l.summary.gaps, { gaps: counted(l.counted.gaps, c.gaps.length, locale), levels: list(atLevels, locale) }));
    const byGaps = areas.filter((row) => row.gaps > 0).sort((a, b) => b.gaps - a.gaps);
    const most = byGaps.filter((row) => row.gaps === byGaps[0].gaps).slice(0, 3);
    // Only where gaps gather: "most concern" three areas of one gap each says nothing.
    if (byGaps.length > 1 && byGaps[0].gaps > 1) {
      sentences.push(fill(l.summary.gapAreas, { areas: list(most.map((row) => `${c.area(row.code)} (${formatNumber(row.gaps, locale)})`), locale) }));
    }
  }
  if (c.strengths.length > 0) sentences.push(fill(l.summary.strengths, { strengths: counted(l.counted.strengths, c.strengths.length, locale) }));
  if (input.actions.length > 0) {
    const actions = counted(l.counted.actions, input.actions.length, locale);
    sentences.push(high.length > 0 ? fill(l.summary.actions, { actions, high: formatNumber(high.length, locale) }) : fill(l.summary.actionsPlain, { actions }));
  }
  const shown = high.slice(0, PRIORITY_ACTIONS_IN_SUMMARY);
  const n = (value: number): string => formatNumber(value, locale);
  return [
    heading(l.sections.executiveSummary),
    { text: sentences.length > 0 ? sentences.join(' ') : fill(l.text.summaryActionsOnly, { actions: counted(l.counted.actions, input.actions.length, locale) }), style: 'p' },
    ...(shown.length > 0
      ? [
          { text: l.summary.priorityActions, style: 'p' } as Content,
          {
            ul: [
              ...shown.map((a) => ({ text: [{ text: a.code, bold: true }, ` — ${clean(a.title)}`] })),
              ...(high.length > shown.length ? [fill(l.summary.andOthers, { n: n(high.length - shown.length) })] : []),
            ],
            style: 'p',
          } as Content,
        ]
      : []),
    ...(levels.length > 0
      ? [{ text: l.text.byLevel, style: 'h3' } as Content, table([l.columns.level, l.summary.gapsColumn], levels.map((row) => [l.levels[row.level], n(row.count)]), ['*', 80])]
      : []),
    ...(areas.length > 0
      ? [
          { text: l.text.byArea, style: 'h3' } as Content,
          table(
            [l.columns.area, l.summary.gapsColumn, l.summary.strengthsColumn, l.summary.actionsColumn],
            [
              ...areas.map((row) => [c.area(row.code), n(row.gaps), n(row.strengths), n(row.actions)]),
              [
                { text: l.summary.total, bold: true },
                { text: n(c.gaps.length), bold: true },
                { text: n(c.strengths.length), bold: true },
                { text: n(input.actions.length), bold: true },
              ],
            ],
            ['*', 64, 80, 64],
          ),
          { text: l.summary.areaNote, style: 'small' } as Content,
        ]
      : []),
    ...(priorities.length > 0
      ? [{ text: l.text.byPriority, style: 'h3' } as Content, table([l.columns.priority, l.summary.actionsColumn], priorities.map((row) => [l.priorities[row.p], n(row.count)]), ['*', 80])]
      : []),
  ];
}

function backgroundSection({ l, instruments }: Context): Content[] {
  return [
    heading(l.sections.background),
    { text: l.text.backgroundIntro, style: 'p' },
    ...(instruments.length > 0 ? [{ text: l.text.backgroundInstruments, style: 'p' } as Content] : []),
    ...instruments.flatMap((i): Content[] => [
      { text: `${i.symbol}: ${i.title}`, style: 'h3' },
      { text: `${i.issuedBy}, ${i.year}.`, style: 'small' },
      { text: i.text ?? i.summary, style: 'quote' },
    ]),
  ];
}

function methodologySection({ input, l }: Context): Content[] {
  if (input.missions.length === 0) return [];
  return [
    heading(l.sections.methodology),
    { text: l.text.methodologyIntro, style: 'p' },
    ...input.missions.flatMap((m): Content[] => [
      {
        text: `${l.missionTypes[m.type] ?? m.type}${m.startDate && m.endDate ? `, ${formatDateRange(m.startDate, m.endDate, l.locale)}` : ''}`,
        style: 'h3',
      },
      { text: `${l.text.institutionsConsulted}: ${formatNumber(m.consultations.length, l.locale)}`, style: 'p' },
      ...(m.documentsReviewed.length > 0
        ? [
            { text: l.text.documentsReviewed, style: 'p' } as Content,
            { ul: m.documentsReviewed.map((d) => clean(d.reference ? `${d.title} (${d.reference})` : d.title)), style: 'p' } as Content,
          ]
        : []),
    ]),
  ];
}

/** Observations up to this length keep their whole block (title to evidence) on one page. */
const KEEP_TOGETHER_CHARS = 1500;

function findingBlock(c: Context, f: DocumentFinding): Content[] {
  const { l } = c;
  const meta = [
    l.kinds[f.kind] ?? f.kind,
    // A good practice is read outside the areas' sections: it names its own.
    ...(f.kind === 'good_practice' ? [c.area(f.thematicArea)] : []),
    l.dimensions[f.dimension] ?? f.dimension,
    l.phases[f.phase] ?? f.phase,
    `${l.columns.level} ${l.levels[f.level] ?? f.level}`,
  ];
  const block: Content[] = [
    { text: `${f.code} · ${clean(f.title)}`, style: 'findingTitle', headlineLevel: 3 },
    { text: meta.join(' · '), style: 'small' },
    { text: clean(f.observation), style: 'p' },
    ...(f.evidence.length > 0
      ? [{ text: `${l.columns.evidence}: ${f.evidence.map((e) => `${clean(e.reference)} (${formatDate(e.date, l.locale)})`).join('; ')}`, style: 'small' } as Content]
      : []),
  ];
  // A short finding is never split (no evidence line alone at the top of a page); a long one flows.
  return f.observation.length <= KEEP_TOGETHER_CHARS ? [{ stack: block, unbreakable: true }] : block;
}

function strengthsSection(c: Context): Content[] {
  if (c.strengths.length === 0) return [];
  return [heading(c.l.sections.strengths), ...c.strengths.flatMap((f) => findingBlock(c, f))];
}

function findingsSection(c: Context): Content[] {
  if (c.gaps.length === 0) return [];
  return [
    heading(c.l.sections.findings),
    ...[...c.input.thematicAreas, 'cross_cutting'].flatMap((code) => {
      const inArea = c.gaps.filter((f) => f.thematicArea === code);
      return inArea.length === 0 ? [] : [heading(c.area(code), 2), ...inArea.flatMap((f) => findingBlock(c, f))];
    }),
  ];
}

/** When an action is planned, in words: its dates where set, otherwise its timeframe. */
function timing(a: DocumentAction, l: Labels): string {
  if (a.startDate && a.endDate) return fill(l.matrix.dates, { from: formatDate(a.startDate, l.locale), to: formatDate(a.endDate, l.locale) });
  if (a.startDate || a.endDate) {
    return fill(l.matrix.dates, { from: a.startDate ? formatDate(a.startDate, l.locale) : '…', to: a.endDate ? formatDate(a.endDate, l.locale) : '…' });
  }
  return fill(l.matrix.indicative, { timeframe: l.timeframes[a.timeframe] ?? a.timeframe });
}

function matrixSection({ input, l, findingCode }: Context): Content[] {
  if (input.actions.length === 0) return [];
  return [
    heading(l.sections.actionMatrix),
    ...TIMEFRAME_ORDER.flatMap((frame) => {
      const actions = input.actions.filter((a) => a.timeframe === frame);
      if (actions.length === 0) return [];
      return [
        heading(l.timeframes[frame], 2),
        table(
          [l.columns.code, l.columns.action, l.columns.responsible, l.columns.priority, l.columns.findings],
          actions.map((a) => [
            { text: a.code, bold: true },
            {
              stack: [
                { text: clean(a.title), bold: true },
                { text: clean(a.description), style: 'small' },
                {
                  text: [
                    timing(a, l),
                    a.estimatedCostUsd === null ? l.matrix.notCosted : fill(l.matrix.cost, { cost: formatUsd(a.estimatedCostUsd, l.locale) }),
                    ...(a.targetLevel ? [fill(l.matrix.targetLevel, { level: l.levels[a.targetLevel] ?? a.targetLevel })] : []),
                  ].join(' · '),
                  style: 'small',
                },
              ],
            },
            {
              stack: [
                clean(a.responsibleEntity),
                ...(a.partners.length > 0 ? [{ text: fill(l.matrix.partners, { partners: a.partners.join(', ') }), style: 'small' }] : []),
              ],
            },
            { text: l.priorities[a.priority] ?? a.priority, color: COLORS[a.priority as 'high' | 'medium' | 'low'] ?? COLORS.muted },
            a.findingIds.map((id) => findingCode.get(id)).filter(Boolean).join(', ') || '—',
          ]),
          [34, '*', 100, 46, 56],
        ),
      ];
    }),
  ];
}

/** The estimated costs, summed by area, timeframe and priority, and what is not costed yet. */
function costingSection(c: Context): Content[] {
  const { input, l } = c;
  if (input.actions.length === 0) return [];
  const locale = l.locale;
  const costed = input.actions.filter((a) => a.estimatedCostUsd !== null);
  const sum = (actions: DocumentAction[]): number => actions.reduce((total, a) => total + (a.estimatedCostUsd ?? 0), 0);
  const uncosted = input.actions.length - costed.length;
  const breakdown = (title: string, header: string, groups: { label: string; actions: DocumentAction[] }[]): Content[] => {
    const rows = groups.filter((group) => group.actions.length > 0);
    return [
      { text: title, style: 'h3', headlineLevel: 3 },
      table(
        [header, l.costing.actions, l.costing.costed, l.costing.cost],
        rows.map((group) => {
          const withCost = group.actions.filter((a) => a.estimatedCostUsd !== null);
          return [
            group.label,
            formatNumber(group.actions.length, locale),
            formatNumber(withCost.length, locale),
            { text: withCost.length > 0 ? formatUsd(sum(withCost), locale) : '—', alignment: 'right' },
          ];
        }),
        ['*', 56, 56, 100],
      ),
    ];
  };
  return [
    heading(l.costing.title),
    { text: l.costing.intro, style: 'p' },
    { text: costed.length > 0 ? fill(l.costing.total, { total: formatUsd(sum(costed), locale) }) : l.costing.noneCosted, style: 'p', bold: true },
    ...(costed.length === 0
      ? []
      : [
          {
            text:
              uncosted === 0
                ? l.costing.allCosted
                : fill(l.costing.uncosted, { n: formatNumber(uncosted, locale), all: formatNumber(input.actions.length, locale), share: formatShare(uncosted, input.actions.length, locale) }),
            style: 'p',
          } as Content,
        ]),
    ...breakdown(
      l.costing.byArea,
      l.columns.area,
      [...input.thematicAreas, 'cross_cutting'].map((code) => ({ label: c.area(code), actions: input.actions.filter((a) => c.areaOf(a) === code) })),
    ),
    ...breakdown(
      l.costing.byTimeframe,
      l.costing.timeframe,
      TIMEFRAME_ORDER.map((frame) => ({ label: l.timeframes[frame], actions: input.actions.filter((a) => a.timeframe === frame) })),
    ),
    ...breakdown(
      l.costing.byPriority,
      l.columns.priority,
      (['high', 'medium', 'low'] as const).map((p) => ({ label: l.priorities[p], actions: input.actions.filter((a) => a.priority === p) })),
    ),
  ];
}

function timelineSection({ input, l }: Context): Content[] {
  if (input.actions.length === 0) return [];
  return [heading(l.sections.timeline), { text: l.timeline.legend, style: 'small' }, ...timelineChart(input.actions, l)];
}

function implementationSection({ input, l }: Context): Content[] {
  const courses = [...new Set(input.actions.flatMap((a) => a.support.filter((s) => s.kind === 'training_course' && s.course).map((s) => s.course as string)))];
  const withSupport = (kind: string): string[] => input.actions.filter((a) => a.support.some((s) => s.kind === kind)).map((a) => a.code);
  const mentoring = withSupport('mentoring');
  const assistance = withSupport('technical_assistance');
  if (courses.length === 0 && mentoring.length === 0 && assistance.length === 0) return [];
  return [
    heading(l.sections.implementation),
    { text: l.text.implementationIntro, style: 'p' },
    ...(courses.length > 0
      ? [
          { text: l.text.trainingCourses, style: 'h3' } as Content,
          {
            ul: courses.map((course) => {
              const codes = input.actions.filter((a) => a.support.some((s) => s.course === course)).map((a) => a.code);
              return `${l.courses[course] ?? course}: ${codes.join(', ')}`;
            }),
            style: 'p',
          } as Content,
        ]
      : []),
    ...(mentoring.length > 0 ? [{ text: l.text.mentoring, style: 'h3' } as Content, { text: mentoring.join(', '), style: 'p' } as Content] : []),
    ...(assistance.length > 0 ? [{ text: l.text.technicalAssistance, style: 'h3' } as Content, { text: assistance.join(', '), style: 'p' } as Content] : []),
  ];
}

function monitoringSection({ input, l }: Context): Content[] {
  const indicators = input.actions.flatMap((a) => a.indicators.map((i) => ({ code: a.code, ...i })));
  if (indicators.length === 0) return [];
  return [
    heading(l.sections.monitoring),
    { text: l.text.monitoringIntro, style: 'p' },
    table(
      [l.columns.code, l.columns.indicator, l.columns.baseline, l.columns.target],
      indicators.map((i) => [i.code, clean(i.description), clean(i.baseline), clean(i.target)]),
      [34, '*', 100, 100],
    ),
  ];
}

/** The annexes that have something in them, numbered in order. */
/** The annexes that have something in them, numbered in order. */
function annexesSection(c: Context): Content[] {
  const { input, l } = c;
  const consultations = input.missions.flatMap((m) => m.consultations);
  const annexes: [string, Content[]][] = [];
  if (consultations.length > 0) {
    annexes.push([
      l.sections.stakeholders,
      [
        table(
          [l.columns.institution, l.columns.sector, l.columns.date, l.columns.participants],
          consultations.map((x) => [clean(x.institution), clean(x.sector), formatDate(x.date, l.locale), formatNumber(x.participants, l.locale)]),
          ['*', 100, 90, 60],
        ),
      ],
    ]);
  }
  if (c.instruments.length > 0) {
    annexes.push([l.sections.references, [{ ul: c.instruments.map((i) => `${i.symbol}: ${i.title} (${i.issuedBy}, ${i.year})`), style: 'p' }]]);
  }
  if (c.gaps.length > 0) {
    annexes.push([
      l.sections.traceability,
      [
        table(
          [l.columns.finding, l.columns.actions],
          c.gaps.map((f) => [`${f.code} · ${clean(f.title)}`, input.actions.filter((a) => a.findingIds.includes(f.id)).map((a) => a.code).join(', ') || '—']),
          ['*', 120],
        ),
      ],
    ]);
  }
  if (input.decisions.length > 0) {
    annexes.push([
      l.sections.decisions,
      [
        table(
          [l.columns.comment, l.columns.decision, l.columns.reply],
          input.decisions.map((d) => [
            `${l.version} ${d.versionNumber}${d.actionCode ? ` · ${d.actionCode}` : ''}: ${clean(d.body)}`,
            l.decisionsText[d.decision] ?? d.decision,
            clean(d.reply),
          ]),
          ['*', 80, '*'],
        ),
      ],
    ]);
  }
  if (annexes.length === 0) return [];
  return [heading(l.sections.annexes), ...annexes.flatMap(([title, body], index) => [heading(fill(l.annex, { n: index + 1, title }), 2), ...body])];
}

/**
 * The adoption page of a final version: who adopted it, by what instrument and when, once recorded; until
 * then, lines for the signatures of the Government and of the United Nations.
 */
function adoptionSection({ input, l }: Context): Content[] {
  if (input.status !== 'final') return [];
  const adoption = input.adoption;
  if (adoption) {
    return [
      heading(l.adoption.title),
      {
        text: fill(l.adoption.recorded, {
          authority: clean(adoption.adoptingAuthority),
          instrument: clean(adoption.instrumentReference),
          date: formatDate(adoption.adoptedOn, l.locale),
        }),
        style: 'p',
      },
    ];
  }
  const signatory = (title: string): Content => ({
    stack: [
      { text: title, bold: true, margin: [0, 0, 0, 18] },
      ...[l.adoption.name, l.adoption.position, l.adoption.signature, l.adoption.date].map(
        (field): Content => ({ columns: [{ text: field, width: 60 }, { canvas: [{ type: 'line', x1: 0, y1: 10, x2: 160, y2: 10, lineWidth: 0.5, lineColor: COLORS.muted }], width: '*' }], margin: [0, 0, 0, 22] }),
      ),
    ],
  });
  return [
    heading(l.adoption.title),
    { text: l.adoption.pending, style: 'p' },
    { columns: [signatory(fill(l.adoption.forGovernment, { country: clean(input.countryName) })), signatory(l.adoption.forUnitedNations)], columnGap: 24, margin: [0, 24, 0, 0], unbreakable: true },
  ];
}

const CHART_WIDTH = 300;
/** The chart shows ten years at most: a bar beyond is cut at the edge (dates are data; the chart stays bounded). */
const MAX_CHART_MONTHS = 120;
const BAR_ROW_HEIGHT = 12;
const DAYS_PER_MONTH = 365.25 / 12;

interface Bar {
  action: DocumentAction;
  from: number;
  to: number;
  /** From the action's own dates; otherwise from its timeframe (indicative). */
  dated: boolean;
}

/**
 * Where each action's bar lies, in months. Month 0 is the first month of the earliest dated action when any
 * has dates, otherwise the adoption of the roadmap; actions without dates take their timeframe from month 0.
 */
export function timelineBars(actions: DocumentAction[]): { bars: Bar[]; origin: string | null; months: number } {
  const starts = actions.flatMap((a) => [a.startDate, a.endDate]).filter((d): d is string => Boolean(d)).sort();
  const origin = starts.length > 0 ? `${starts[0].slice(0, 7)}-01` : null;
  const month = (date: string): number => (origin ? (utc(date).getTime() - utc(origin).getTime()) / 86_400_000 / DAYS_PER_MONTH : 0);
  const bars = actions.map((action): Bar => {
    const [fromFrame, toFrame] = TIMEFRAME_MONTHS[action.timeframe] ?? [0, 36];
    if (action.startDate || action.endDate) {
      const length = toFrame - fromFrame;
      const from = action.startDate ? month(action.startDate) : Math.max(0, month(action.endDate as string) - length);
      const to = action.endDate ? month(action.endDate) + 1 / DAYS_PER_MONTH : from + length;
      return { action, from, to: Math.max(to, from + 0.25), dated: true };
    }
    return { action, from: fromFrame, to: toFrame, dated: false };
  });
  const longest = Math.min(MAX_CHART_MONTHS, Math.max(6, ...bars.map((bar) => bar.to)));
  const step = longest <= 48 ? 6 : 12;
  const clamp = (month: number): number => Math.min(Math.max(month, 0), MAX_CHART_MONTHS);
  return { bars: bars.map((bar) => ({ ...bar, from: clamp(bar.from), to: Math.max(clamp(bar.to), clamp(bar.from)) })), origin, months: Math.ceil(longest / step) * step };
}

/**
 * A Gantt-like chart as one table: each row holds an action's label and its bar, so a label and its bar
 * cannot drift apart, and the month axis repeats at the top of every page. Month ticks run to the end of the
 * longest action; dated bars are solid, timeframe bars light with an outline.
 */
function timelineChart(actions: DocumentAction[], l: Labels): Content[] {
  const { bars, origin, months } = timelineBars(actions);
  const step = months <= 48 ? 6 : 12;
  // timelineBars rounds the chart's length up to whole steps, so ticks fall on it exactly.
  const ticks = Array.from({ length: months / step + 1 }, (_, i) => i * step);
  const x = (month: number): number => (CHART_WIDTH * month) / months;
  const grid = (height: number): CanvasElement[] =>
    ticks.map((tick) => ({ type: 'line', x1: x(tick), y1: 0, x2: x(tick), y2: height, lineWidth: 0.3, lineColor: COLORS.rule }));
  const colour = (priority: string): string => COLORS[priority as 'high' | 'medium' | 'low'] ?? COLORS.muted;
  const barShape = (bar: Pick<Bar, 'from' | 'to' | 'dated'>, priority: string, y: number, h: number): CanvasElement =>
    bar.dated
      ? { type: 'rect', x: x(bar.from), y, w: x(bar.to) - x(bar.from), h, color: colour(priority) }
      : { type: 'rect', x: x(bar.from), y, w: x(bar.to) - x(bar.from), h, color: colour(priority), fillOpacity: 0.3, lineColor: colour(priority), lineWidth: 0.8 };
  const interval = CHART_WIDTH / (ticks.length - 1);
  const axis: Content = {
    columns: ticks.slice(0, -1).map((tick, index) =>
      index === ticks.length - 2
        ? ({ width: interval, columns: [{ text: String(tick), fontSize: 7 }, { text: String(ticks[ticks.length - 1]), fontSize: 7, alignment: 'right' }] } as Content)
        : ({ width: interval, text: String(tick), fontSize: 7 } as Content),
    ),
    columnGap: 0,
  };
  const keySwatch = (bar: Pick<Bar, 'dated'>, priority: string): Content =>
    ({ canvas: [barShape({ from: 0, to: (months * 16) / CHART_WIDTH, dated: bar.dated }, priority, 1, 7)], width: 18 }) as Content;
  const word = (text: string, bold = false): Content => ({ text, bold, fontSize: 7.5, width: 'auto' }) as Content;
  const key: Content = {
    columns: [
      word(`${l.timeline.key}:`, true),
      ...(['high', 'medium', 'low'] as const).flatMap((p): Content[] => [keySwatch({ dated: true }, p), word(l.priorities[p])]),
      word(`(${l.timeline.dated})`),
      keySwatch({ dated: false }, 'medium'),
      word(l.timeline.indicative),
    ],
    columnGap: 4,
    margin: [0, 4, 0, 4],
  };
  return [
    key,
    { text: origin ? fill(l.timeline.monthZeroDate, { date: new Intl.DateTimeFormat(l.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(origin)) }) : l.timeline.monthZeroAdoption, style: 'small' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', CHART_WIDTH],
        body: [
          [{ text: `${l.columns.code} · ${l.columns.action}`, style: 'th' }, { stack: [{ text: `${l.timeline.month}`, style: 'th' }, axis] }],
          ...bars.map((bar) => [
            { text: [{ text: bar.action.code, bold: true }, ` ${clean(bar.action.title)}`], fontSize: 7, lineHeight: 1 },
            { canvas: [...grid(BAR_ROW_HEIGHT), barShape(bar, bar.action.priority, 2, BAR_ROW_HEIGHT - 4)] },
          ]),
        ],
      },
      // Defined in the renderer (src/documents/render.worker.js), as is 'roadmap'.
      layout: 'timeline',
      margin: [0, 6, 0, 12],
    },
  ];
}
