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
  instruments: { code: string; symbol: string; title: string; issuedBy: string; year: number; text?: string; summary: string }[];
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
const TIMEFRAME_MONTHS: Record<string, [number, number]> = { short: [0, 6], medium: [6, 18], long: [18, 36] };
/**
 * Every colour used on text reads at 4.5:1 or more on white (WCAG 2, checked by src/documents/roadmap-accessibility.spec.ts):
 * accent 8.7, muted 5.8, high 6.0, medium 5.1, low 5.9. `rule` is for lines only.
 */
const COLORS = { accent: '#1f4e79', muted: '#5b6770', rule: '#c8d0d8', high: '#b03a2e', medium: '#a35c00', low: '#1a7340' };

/** Characters that have no place in a PDF text run (C0 controls but tab and newline, DEL, lone surrogates). */
export function clean(text: string, max = 4000): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
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

function table(headers: string[], rows: TableCell[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      // The header row never sits alone at the foot of a page: it moves with the first row.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
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
      defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
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
        ...timelineSection(c),
        ...implementationSection(c),
        ...monitoringSection(c),
        ...annexes,
      ]),
    },
    footer: { left: `${clean(input.countryName)} · ${l.version} ${input.versionNumber} · ${c.date}`, pageWord: l.page, ofWord: l.of },
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
    { text: clean(input.engagementTitle, 500), style: 'engagementTitle' },
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
  const findings = counted(l.counted.findings, input.findings.length, l.locale);
  const actions = counted(l.counted.actions, input.actions.length, l.locale);
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, count: input.findings.filter((f) => f.level === level).length })).filter((row) => row.count > 0);
  const areas = [...input.thematicAreas, 'cross_cutting']
    .map((code) => ({
      code,
      findings: input.findings.filter((f) => f.thematicArea === code).length,
      actions: input.actions.filter((a) => c.areaOf(a) === code).length,
    }))
    .filter((row) => row.findings > 0 || row.actions > 0);
  const priorities = (['high', 'medium', 'low'] as const).map((p) => ({ p, count: input.actions.filter((a) => a.priority === p).length })).filter((row) => row.count > 0);
  return [
    heading(l.sections.executiveSummary),
    { text: fill(input.findings.length > 0 ? l.text.summaryIntro : l.text.summaryActionsOnly, { findings, actions }), style: 'p' },
    ...(levels.length > 0
      ? [{ text: l.text.byLevel, style: 'h3' } as Content, table([l.columns.level, l.columns.count], levels.map((row) => [l.levels[row.level], String(row.count)]), ['*', 80])]
      : []),
    ...(areas.length > 0
      ? [
          { text: l.text.byArea, style: 'h3' } as Content,
          table(
            [l.columns.area, l.text.findingsCount, l.text.actionsCount],
            areas.map((row) => [c.area(row.code), String(row.findings), String(row.actions)]),
            ['*', 80, 80],
          ),
        ]
      : []),
    ...(priorities.length > 0
      ? [{ text: l.text.byPriority, style: 'h3' } as Content, table([l.columns.priority, l.columns.count], priorities.map((row) => [l.priorities[row.p], String(row.count)]), ['*', 80])]
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
        text: `${l.missionTypes[m.type] ?? m.type}${m.startDate && m.endDate ? `, ${formatDate(m.startDate, l.locale)} – ${formatDate(m.endDate, l.locale)}` : ''}`,
        style: 'h3',
      },
      { text: `${l.text.institutionsConsulted}: ${m.consultations.length}`, style: 'p' },
      ...(m.documentsReviewed.length > 0
        ? [
            { text: l.text.documentsReviewed, style: 'p' } as Content,
            { ul: m.documentsReviewed.map((d) => clean(d.reference ? `${d.title} (${d.reference})` : d.title, 500)), style: 'p' } as Content,
          ]
        : []),
    ]),
  ];
}

function findingBlock({ l }: Context, f: DocumentFinding): Content[] {
  return [
    { text: `${f.code} · ${clean(f.title, 500)}`, style: 'findingTitle' },
    {
      text: `${l.kinds[f.kind] ?? f.kind} · ${l.dimensions[f.dimension] ?? f.dimension} · ${l.phases[f.phase] ?? f.phase} · ${l.columns.level} ${l.levels[f.level] ?? f.level}`,
      style: 'small',
    },
    { text: clean(f.observation), style: 'p' },
    ...(f.evidence.length > 0
      ? [{ text: `${l.columns.evidence}: ${f.evidence.map((e) => clean(`${e.reference} (${e.date})`, 300)).join('; ')}`, style: 'small' } as Content]
      : []),
  ];
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
          [l.columns.code, l.columns.action, l.columns.responsible, l.columns.partners, l.columns.priority, l.columns.findings],
          actions.map((a) => [
            { text: a.code, bold: true },
            { stack: [{ text: clean(a.title, 500), bold: true }, { text: clean(a.description, 2000), style: 'small' }] },
            clean(a.responsibleEntity, 300),
            a.partners.join(', '),
            { text: l.priorities[a.priority] ?? a.priority, color: COLORS[a.priority as 'high' | 'medium' | 'low'] ?? COLORS.muted },
            a.findingIds.map((id) => findingCode.get(id)).filter(Boolean).join(', ') || '—',
          ]),
          [34, '*', 90, 60, 46, 60],
        ),
      ];
    }),
  ];
}

function timelineSection({ input, l }: Context): Content[] {
  if (input.actions.length === 0) return [];
  return [heading(l.sections.timeline), { text: l.text.timelineLegend, style: 'small' }, ...timelineChart(input.actions, l)];
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
      indicators.map((i) => [i.code, clean(i.description, 500), clean(i.baseline, 300), clean(i.target, 300)]),
      [34, '*', 100, 100],
    ),
  ];
}

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
          consultations.map((x) => [clean(x.institution, 300), clean(x.sector, 100), formatDate(x.date, l.locale), String(x.participants)]),
          ['*', 90, 90, 60],
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
          c.gaps.map((f) => [`${f.code} · ${clean(f.title, 300)}`, input.actions.filter((a) => a.findingIds.includes(f.id)).map((a) => a.code).join(', ') || '—']),
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
            `${l.version} ${d.versionNumber}${d.actionCode ? ` · ${d.actionCode}` : ''}: ${clean(d.body, 1000)}`,
            l.decisionsText[d.decision] ?? d.decision,
            clean(d.reply, 1000),
          ]),
          ['*', 80, '*'],
        ),
      ],
    ]);
  }
  if (annexes.length === 0) return [];
  return [heading(l.sections.annexes), ...annexes.flatMap(([title, body], index) => [heading(fill(l.annex, { n: index + 1, title }), 2), ...body])];
}

/** A Gantt-like chart drawn as vectors: one bar per action over 36 months, coloured by priority. */
function timelineChart(actions: DocumentAction[], l: Labels): Content[] {
  const rowHeight = 14;
  const labelWidth = 44;
  const chartWidth = 499 - labelWidth;
  const perPage = 40;
  const chunks: DocumentAction[][] = [];
  for (let i = 0; i < actions.length; i += perPage) chunks.push(actions.slice(i, i + perPage));
  return chunks.map((chunk, index): Content => {
    const canvas: CanvasElement[] = [];
    for (const month of [0, 6, 12, 18, 24, 30, 36]) {
      const x = labelWidth + (chartWidth * month) / 36;
      canvas.push({ type: 'line', x1: x, y1: 0, x2: x, y2: rowHeight * chunk.length + 4, lineWidth: 0.3, lineColor: COLORS.rule });
    }
    chunk.forEach((action, row) => {
      const [from, to] = TIMEFRAME_MONTHS[action.timeframe] ?? [0, 36];
      canvas.push({
        type: 'rect',
        x: labelWidth + (chartWidth * from) / 36,
        y: row * rowHeight + 3,
        w: (chartWidth * (to - from)) / 36,
        h: rowHeight - 6,
        color: COLORS[action.priority as 'high' | 'medium' | 'low'] ?? COLORS.muted,
      });
    });
    return {
      stack: [
        {
          columns: [
            { width: labelWidth, text: '' },
            ...[0, 6, 12, 18, 24, 30].map((m) => ({ width: chartWidth / 6, text: `${m}`, style: 'small' })),
          ],
        },
        {
          columns: [
            { width: labelWidth, stack: chunk.map((a) => ({ text: a.code, fontSize: 7.5, lineHeight: 1, margin: [0, 3, 0, 3] as [number, number, number, number] })) },
            { width: '*', canvas: canvas.map((shape) => ({ ...shape, ...('x' in shape ? { x: shape.x - labelWidth } : {}), ...('x1' in shape ? { x1: shape.x1 - labelWidth, x2: shape.x2 - labelWidth } : {}) })) },
          ],
        },
        { text: `0–36 ${l.text.months}`, style: 'small', alignment: 'right' },
      ],
      unbreakable: true,
      pageBreak: index > 0 ? 'before' : undefined,
      margin: [0, 6, 0, 12],
    };
  });
}


