import { LABELS } from './labels';
import { documentAction as action, documentInput } from '../test/factories/document.factory';
import { formatDateRange, formatUsd, frenchSpacing, roadmapDocument, timelineBars, typeset } from './roadmap-document';

describe('the document in its language', () => {
  it('writes date ranges, money and French spacing as each language does', () => {
    expect(formatDateRange('2026-02-09', '2026-02-20', 'fr-FR')).toBe('9–20 février 2026');
    expect(formatDateRange('2026-02-09', '2026-03-20', 'ru-RU')).toMatch(/^9 февраля\s–\s20 марта 2026/);
    expect(formatUsd(12500, 'fr-FR')).toBe('12\u202f500\u00a0$US');
    expect(formatUsd(12500, 'en-GB')).toBe('US$12,500');
    expect(frenchSpacing('Sources: A; B? C! D : E')).toBe('Sources\u202f: A\u202f; B\u202f? C\u202f! D\u202f: E');
    // Times, URLs and signs already spaced are left as they are.
    expect(frenchSpacing('10:30 https://un.org/a?b=1 déjà\u202f:')).toBe('10:30 https://un.org/a?b=1 déjà\u202f:');
  });

  it('sets the typography over every text of a French document, and leaves others alone', () => {
    const input = documentInput({ countryName: 'Togo', engagementTitle: 'Titre : sous-titre', thematicAreas: ['uas'], findings: [], actions: [action(1)] });
    const french = JSON.stringify(typeset(roadmapDocument(input, LABELS.fr), 'fr').definition.content);
    expect(french).not.toMatch(/\p{L} ?[:;?!] /u);
    expect(french).toContain('Titre\u202f: sous-titre');
    const english = JSON.stringify(typeset(roadmapDocument(input, LABELS.en), 'en').definition.content);
    expect(english).not.toContain('\u202f');
  });
});

describe('the timeline', () => {
  it('places bars from dates where set (month 0: the first dated month), otherwise from the timeframe', () => {
    const { bars, origin, months } = timelineBars([
      action(1, { startDate: '2027-03-15', endDate: '2027-09-14' }),
      action(2, { timeframe: 'long' }),
      action(3, { startDate: '2029-01-01', endDate: '2030-06-30' }),
    ]);
    expect(origin).toBe('2027-03-01');
    expect(bars[0]).toMatchObject({ dated: true });
    expect(bars[0].from).toBeCloseTo(0.46, 1);
    expect(bars[0].to).toBeCloseTo(6.5, 0);
    expect(bars[1]).toMatchObject({ dated: false, from: 18, to: 36 });
    expect(bars[2].to).toBeCloseTo(40, 0);
    // Ticks run to the end of the longest action, in steps of six months.
    expect(months).toBe(42);
  });

  it('rounds the axis up to whole steps, so every tick falls where its month is', () => {
    expect(timelineBars([action(1, { startDate: '2027-01-01', endDate: '2031-05-31' })]).months).toBe(60);
    expect(timelineBars([action(1, { startDate: '2027-01-01', endDate: '2030-05-31' })]).months).toBe(42);
  });

  it('keeps the chart bounded whatever the dates: ten years at most, bars cut at the edge', () => {
    const { bars, months } = timelineBars([action(1, { startDate: '2027-01-01', endDate: '9999-12-31' }), action(2, { startDate: '2400-01-01', endDate: '2400-02-01' })]);
    expect(months).toBe(120);
    expect(bars[0].to).toBe(120);
    expect(bars[1]).toMatchObject({ from: 120, to: 120 });
  });

  it('draws each label and its bar in the same table row, so they cannot drift apart on any page', () => {
    const actions = Array.from({ length: 56 }, (_, i) => action(i + 1, { timeframe: ['short', 'medium', 'long'][i % 3] }));
    const content = roadmapDocument(documentInput({ thematicAreas: ['uas'], audience: 'internal', findings: [], actions }), LABELS.en).definition.content as unknown[];
    const chart = content.find((node) => (node as { layout?: string }).layout === 'timeline') as { table: { headerRows: number; body: unknown[][] } };
    expect(chart.table.headerRows).toBe(1);
    const rows = chart.table.body.slice(1);
    expect(rows).toHaveLength(56);
    rows.forEach((row, index) => {
      const [label, bar] = row as [{ text: { text: string }[] }, { canvas: { type: string; x: number; w: number }[] }];
      expect(label.text[0].text).toBe(actions[index].code);
      const rect = bar.canvas.find((shape) => shape.type === 'rect') as { x: number; w: number };
      const [from, to] = { short: [0, 6], medium: [6, 18], long: [18, 36] }[actions[index].timeframe] as [number, number];
      expect({ code: actions[index].code, x: Math.round(rect.x), w: Math.round(rect.w) }).toEqual({ code: actions[index].code, x: Math.round((300 * from) / 36), w: Math.round((300 * (to - from)) / 36) });
    });
  });
});
