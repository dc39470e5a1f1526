import { LABELS } from '../../templates/labels';
import { clean, DocumentAction, DocumentFinding, DocumentInput, roadmapDocument } from '../../templates/roadmap-document';
import { FRAMEWORK_INSTRUMENTS } from '../reference/catalogs';
import { PDFParse } from 'pdf-parse';

// The worker module renders in this thread too: it is a plain function of the document.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('./render.worker.js') as (document: ReturnType<typeof roadmapDocument>) => Promise<Uint8Array>;

function input(findings: DocumentFinding[], actions: DocumentAction[], overrides: Partial<DocumentInput> = {}): DocumentInput {
  return {
    countryName: 'Togo',
    engagementTitle: 'Togo roadmap',
    thematicAreas: ['uas'],
    versionNumber: 1,
    status: 'draft',
    versionDate: '2026-11-23',
    audience: 'internal',
    findings,
    actions,
    missions: [],
    decisions: [],
    instruments: [...FRAMEWORK_INSTRUMENTS],
    ...overrides,
  };
}

const finding = (i: number, overrides: Partial<DocumentFinding> = {}): DocumentFinding => ({
  id: `f${i}`,
  code: `TGO-F-${String(i).padStart(3, '0')}`,
  kind: 'gap',
  thematicArea: 'uas',
  dimension: 'legal',
  phase: 'prevent',
  level: 1,
  title: `Finding ${i}`,
  observation: 'Observation.',
  frameworkRefs: [],
  evidence: [],
  ...overrides,
});

const action = (i: number, overrides: Partial<DocumentAction> = {}): DocumentAction => ({
  id: `a${i}`,
  code: `A-${String(i).padStart(2, '0')}`,
  title: `Action ${i}`,
  description: 'Description.',
  findingIds: ['f1'],
  responsibleEntity: 'Ministry',
  partners: ['UNOCT'],
  priority: ['high', 'medium', 'low'][i % 3],
  timeframe: ['short', 'medium', 'long'][i % 3],
  startDate: null,
  endDate: null,
  indicators: [{ description: 'Indicator', baseline: 'none', target: 'done' }],
  support: [{ kind: 'training_course', course: 'crisis_management' }],
  estimatedCostUsd: null,
  targetLevel: null,
  ...overrides,
});

async function textOf(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the roadmap document template', () => {
  it('is a pure function: the same input gives the same definition and the same bytes', async () => {
    const document = input([finding(1)], [action(1)]);
    expect(JSON.stringify(roadmapDocument(document, LABELS.fr))).toBe(JSON.stringify(roadmapDocument(document, LABELS.fr)));
    const [first, second] = [await render(roadmapDocument(document, LABELS.fr)), await render(roadmapDocument(document, LABELS.fr))];
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('names the edition in the header of every page and in the metadata, in the document\'s language', () => {
    for (const audience of ['internal', 'government', 'public'] as const) {
      for (const labels of [LABELS.en, LABELS.fr, LABELS.ru]) {
        const { definition } = roadmapDocument(input([finding(1)], [action(1)], { audience }), labels);
        expect(definition.header).toMatchObject({ text: labels.edition[audience] });
        expect(definition.info?.title).toContain(labels.edition[audience]);
        expect(definition.info?.keywords).toContain(audience);
      }
    }
    expect(LABELS.en.edition).toEqual({ internal: 'INTERNAL — NOT FOR DISTRIBUTION', government: 'GOVERNMENT — RESTRICTED', public: 'PUBLIC' });
  });

  it('leaves out every section and annex with nothing in it, and numbers the annexes it keeps', () => {
    const text = (document: DocumentInput): string => JSON.stringify(roadmapDocument(document, LABELS.en).definition.content);
    const empty = text(input([], []));
    for (const section of ['Methodology', 'Strengths', 'Findings by thematic area', 'Action matrix', 'Timeline of actions', 'Implementation, mentoring and training', 'Monitoring', 'Annexes']) {
      expect({ section, found: empty.includes(`"${section}"`) }).toEqual({ section, found: false });
    }
    expect(empty).toContain('Executive summary');
    expect(empty).not.toContain('It draws on the following instruments');
    // Only a traceability annex: it is Annex 1; the references cited are those of the findings held.
    const some = text(input([finding(1, { frameworkRefs: ['s_res_2341_2017'] })], [action(1)]));
    expect(some).toContain('Annex 1. References');
    expect(some).toContain('Annex 2. From findings to actions');
    expect(some).not.toContain('Stakeholders consulted');
    expect(some).not.toContain('S/RES/2370');
    expect(some).toContain('The assessment identified 1 gap: 1 at level 1 (none).');
    expect(some).toContain('The roadmap recommends 1 action.');
    // An action whose findings the edition does not hold: counted by its own area, no empty cross-reference.
    const alone = text(input([], [action(1, { findingIds: [], thematicArea: 'uas' })]));
    expect(alone).toContain('The roadmap recommends 1 action.');
    expect(alone).not.toMatch(/0 (gaps|findings)/);
  });

  it('strips control characters and broken surrogates, and keeps every accepted character', () => {
    expect(clean('a\u0000b\u0007c\u001bd\te\nf\u007f')).toBe('abcd\te\nf');
    expect(clean('x\ud800y')).toBe('xy');
    expect(clean('😀 ok')).toBe('😀 ok');
    expect(clean('x'.repeat(20000))).toHaveLength(20000);
  });

  it('prints a 10,000-character action description and a 5,000-character comment whole (a row taller than a page flows on)', async () => {
    const description = `${'Draft and adopt the regulations that the national framework lacks. '.repeat(150)}ENDOFDESCRIPTION`.slice(-10_000);
    const body = `${'The Government asks for a longer timeframe for this action. '.repeat(85)}ENDOFCOMMENT`.slice(-5_000);
    const pdf = await render(
      roadmapDocument(
        input([finding(1)], [action(1, { description }), action(2)], { decisions: [{ versionNumber: 1, actionCode: 'A-01', body, decision: 'accepted', reply: 'Agreed.' }] }),
        LABELS.en,
      ),
    );
    const text = (await textOf(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('ENDOFDESCRIPTION');
    expect(text).toContain(description.slice(0, 60));
    expect(text).toContain('Decisions on comments');
    expect(text).toContain('ENDOFCOMMENT');
    expect(text).toContain('A-02');
  }, 60_000);

  it('renders hostile content into a valid PDF: long fields, emoji, controls, right-to-left text', async () => {
    const hostile = input(
      [
        finding(1, {
          title: 'حماية المواقع الدينية — 😀 \u0000\u0007 drones',
          observation: `${'Very long observation without a break '.repeat(400)}\u001b[31m`,
          evidence: [{ kind: 'document', reference: 'x'.repeat(3000), date: '2026-01-01' }],
        }),
      ],
      [action(1, { title: '🚁'.repeat(200), responsibleEntity: 'وزارة الداخلية', description: 'y'.repeat(9000) })],
      { engagementTitle: '\u202eReversed title\u202c', countryName: 'Côte d’Ivoire' },
    );
    const pdf = Buffer.from(await render(roadmapDocument(hostile, LABELS.en)));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('Côte d’Ivoire');
    expect(text).toContain('A-01');
  });

  it('renders 1,000 actions, every code in the matrix, the timeline on several pages', async () => {
    const findings = [finding(1)];
    const actions = Array.from({ length: 1000 }, (_, i) => action(i + 1, { code: `A-${String(i + 1).padStart(4, '0')}` }));
    const pdf = Buffer.from(await render(roadmapDocument(input(findings, actions), LABELS.ru)));
    const text = await textOf(pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const code of ['A-0001', 'A-0500', 'A-1000']) expect(text).toContain(code);
  }, 180_000);
});
