import type { CanvasElement, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
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
const COLORS = { accent: '#1f4e79', muted: '#5b6770', rule: '#c8d0d8', high: '#b03a2e', medium: '#d68910', low: '#1e8449' };

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

function heading(text: string, level: 1 | 2 = 1): Content {
  return level === 1
    ? { text, style: 'h1', tocItem: true, pageBreak: 'before' }
    : { text, style: 'h2', tocItem: true, tocMargin: [12, 0, 0, 0] };
}

function table(headers: string[], rows: TableCell[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    // Defined in the renderer (src/documents/render.worker.js): functions do not cross into the worker.
    layout: 'roadmap',
    margin: [0, 4, 0, 12],
  };
}

export function roadmapDocument(input: DocumentInput, labels: Labels): RoadmapDocument {
  const l = labels;
  const date = formatDate(input.versionDate, l.locale);
  const findingCode = new Map(input.findings.map((f) => [f.id, f.code]));
  const gaps = input.findings.filter((f) => f.kind === 'gap');
  const strengths = input.findings.filter((f) => f.kind === 'good_practice');
  const cited = new Set(input.findings.flatMap((f) => f.frameworkRefs));
  const instruments = input.instruments.filter((i) => cited.has(i.code));
  const area = (code: string): string => l.areas[code] ?? code;

  const cover: Content[] = [
    { text: l.programme.toUpperCase(), style: 'programme', margin: [0, 60, 0, 40] },
    { text: clean(input.countryName), style: 'country' },
    { text: l.documentTitle, style: 'title' },
    { text: l.subtitle, style: 'subtitle' },
    { text: clean(input.engagementTitle, 500), style: 'engagementTitle' },
    {
      text: `${l.version} ${input.versionNumber} (${input.status === 'final' ? l.final : l.draft}) · ${date}`,
      style: 'meta',
      margin: [0, 40, 0, 4],
    },
    { text: l.audience[input.audience], style: 'meta' },
  ];

  const contents: Content[] = [{ toc: { title: { text: l.sections.contents, style: 'h1' } }, pageBreak: 'before' }];

  const summary: Content[] = [
    heading(l.sections.executiveSummary),
    { text: fill(l.text.summaryIntro, { findings: input.findings.length, actions: input.actions.length }), style: 'p' },
    { text: l.text.byLevel, style: 'h3' },
    table(
      [l.columns.level, l.columns.count],
      [1, 2, 3, 4, 5].map((level) => [l.levels[level], String(input.findings.filter((f) => f.level === level).length)]),
      ['*', 80],
    ),
    { text: l.text.byArea, style: 'h3' },
    table(
      [l.columns.area, l.text.findingsCount, l.text.actionsCount],
      [...input.thematicAreas, 'cross_cutting']
        .filter((code) => code !== 'cross_cutting' || input.findings.some((f) => f.thematicArea === code))
        .map((code) => [
          area(code),
          String(input.findings.filter((f) => f.thematicArea === code).length),
          String(input.actions.filter((a) => a.findingIds.some((id) => input.findings.find((f) => f.id === id)?.thematicArea === code)).length),
        ]),
      ['*', 80, 80],
    ),
    { text: l.text.byPriority, style: 'h3' },
    table(
      [l.columns.priority, l.columns.count],
      (['high', 'medium', 'low'] as const).map((p) => [l.priorities[p], String(input.actions.filter((a) => a.priority === p).length)]),
      ['*', 80],
    ),
  ];

  const background: Content[] = [
    heading(l.sections.background),
    { text: l.text.backgroundIntro, style: 'p' },
    ...instruments.flatMap((i): Content[] => [
      { text: `${i.symbol}: ${i.title}`, style: 'h3' },
      { text: `${i.issuedBy}, ${i.year}.`, style: 'small' },
      { text: i.text ?? i.summary, style: 'quote' },
    ]),
  ];

  const methodology: Content[] = [
    heading(l.sections.methodology),
    { text: l.text.methodologyIntro, style: 'p' },
    ...(input.missions.length === 0
      ? [{ text: l.text.noMission, style: 'p' } as Content]
      : input.missions.flatMap((m): Content[] => [
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
        ])),
  ];

  const findingBlock = (f: DocumentFinding): Content[] => [
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

  const strengthsSection: Content[] = [
    heading(l.sections.strengths),
    ...(strengths.length === 0 ? [{ text: l.text.noStrengths, style: 'p' } as Content] : strengths.flatMap(findingBlock)),
  ];

  const findingsSection: Content[] = [
    heading(l.sections.findings),
    ...(gaps.length === 0
      ? [{ text: l.text.noFindings, style: 'p' } as Content]
      : [...input.thematicAreas, 'cross_cutting'].flatMap((code) => {
          const inArea = gaps.filter((f) => f.thematicArea === code);
          return inArea.length === 0 ? [] : [heading(area(code), 2), ...inArea.flatMap(findingBlock)];
        })),
  ];

  const matrix: Content[] = [
    heading(l.sections.actionMatrix),
    ...(input.actions.length === 0
      ? [{ text: l.text.noActions, style: 'p' } as Content]
      : TIMEFRAME_ORDER.flatMap((frame) => {
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
                a.findingIds.map((id) => findingCode.get(id) ?? '').filter(Boolean).join(', '),
              ]),
              [34, '*', 90, 60, 46, 60],
            ),
          ];
        })),
  ];

  const timeline: Content[] = [heading(l.sections.timeline), { text: l.text.timelineLegend, style: 'small' }, ...timelineChart(input.actions, l)];

  const courses = [...new Set(input.actions.flatMap((a) => a.support.filter((s) => s.kind === 'training_course' && s.course).map((s) => s.course as string)))];
  const withSupport = (kind: string): string[] => input.actions.filter((a) => a.support.some((s) => s.kind === kind)).map((a) => a.code);
  const implementation: Content[] = [
    heading(l.sections.implementation),
    { text: l.text.implementationIntro, style: 'p' },
    { text: l.text.trainingCourses, style: 'h3' },
    {
      ul: courses.map((course) => {
        const codes = input.actions.filter((a) => a.support.some((s) => s.course === course)).map((a) => a.code);
        return `${l.courses[course] ?? course}: ${codes.join(', ')}`;
      }),
      style: 'p',
    },
    { text: l.text.mentoring, style: 'h3' },
    { text: withSupport('mentoring').join(', ') || '—', style: 'p' },
    { text: l.text.technicalAssistance, style: 'h3' },
    { text: withSupport('technical_assistance').join(', ') || '—', style: 'p' },
  ];

  const indicators = input.actions.flatMap((a) => a.indicators.map((i) => ({ code: a.code, ...i })));
  const monitoring: Content[] = [
    heading(l.sections.monitoring),
    { text: l.text.monitoringIntro, style: 'p' },
    table(
      [l.columns.code, l.columns.indicator, l.columns.baseline, l.columns.target],
      indicators.map((i) => [i.code, clean(i.description, 500), clean(i.baseline, 300), clean(i.target, 300)]),
      [34, '*', 100, 100],
    ),
  ];

  const consultations = input.missions.flatMap((m) => m.consultations);
  const annexes: Content[] = [
    heading(l.sections.annexes),
    heading(l.sections.stakeholders, 2),
    table(
      [l.columns.institution, l.columns.sector, l.columns.date, l.columns.participants],
      consultations.map((c) => [clean(c.institution, 300), clean(c.sector, 100), formatDate(c.date, l.locale), String(c.participants)]),
      ['*', 90, 90, 60],
    ),
    heading(l.sections.references, 2),
    { ul: input.instruments.map((i) => `${i.symbol}: ${i.title} (${i.issuedBy}, ${i.year})`), style: 'p' },
    heading(l.sections.traceability, 2),
    table(
      [l.columns.finding, l.columns.actions],
      input.findings.map((f) => [
        `${f.code} · ${clean(f.title, 300)}`,
        input.actions.filter((a) => a.findingIds.includes(f.id)).map((a) => a.code).join(', ') || '—',
      ]),
      ['*', 120],
    ),
    heading(l.sections.decisions, 2),
    ...(input.decisions.length === 0
      ? [{ text: l.text.noDecisions, style: 'p' } as Content]
      : [
          table(
            [l.columns.comment, l.columns.decision, l.columns.reply],
            input.decisions.map((d) => [
              `${l.version} ${d.versionNumber}${d.actionCode ? ` · ${d.actionCode}` : ''}: ${clean(d.body, 1000)}`,
              l.decisionsText[d.decision] ?? d.decision,
              clean(d.reply, 1000),
            ]),
            ['*', 80, '*'],
          ),
        ]),
  ];

  return {
    definition: {
      info: {
        title: `${l.documentTitle}: ${clean(input.countryName)}`,
        subject: l.subtitle,
        creator: 'Vulnerable Targets Roadmaps',
        producer: 'Vulnerable Targets Roadmaps',
        creationDate: new Date(`${input.versionDate}T00:00:00Z`),
      },
      pageSize: 'A4',
      pageMargins: [48, 56, 48, 56],
      ...(input.status === 'draft' ? { watermark: { text: l.draftWatermark, color: COLORS.muted, opacity: 0.12, bold: true } } : {}),
      defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
      styles: {
        programme: { fontSize: 9, color: COLORS.muted, characterSpacing: 0.5 },
        country: { fontSize: 28, bold: true, color: COLORS.accent, margin: [0, 0, 0, 12] },
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
        subtitle: { fontSize: 14, color: COLORS.accent, margin: [0, 0, 0, 20] },
        engagementTitle: { fontSize: 11, italics: true },
        meta: { fontSize: 10, color: COLORS.muted },
        h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
        h2: { fontSize: 12.5, bold: true, color: COLORS.accent, margin: [0, 10, 0, 6] },
        h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
        th: { bold: true, fontSize: 8.5 },
        p: { margin: [0, 0, 0, 6] },
        small: { fontSize: 8, color: COLORS.muted, margin: [0, 0, 0, 4] },
        quote: { italics: true, margin: [12, 0, 0, 8] },
        findingTitle: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
      },
      content: [...cover, ...contents, ...summary, ...background, ...methodology, ...strengthsSection, ...findingsSection, ...matrix, ...timeline, ...implementation, ...monitoring, ...annexes],
    },
    footer: { left: `${clean(input.countryName)} · ${l.version} ${input.versionNumber} · ${date}`, pageWord: l.page, ofWord: l.of },
  };
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


