import { canonicalJson, ContentAction, ContentFinding, diffContent, forAudience, RoadmapContent, sha256 } from './roadmap-content';

const finding = (id: string, sensitivity: ContentFinding['sensitivity'], overrides: Partial<ContentFinding> = {}): ContentFinding => ({
  id,
  code: `TGO-F-${id}`,
  kind: 'gap',
  thematicArea: 'uas',
  dimension: 'legal',
  phase: 'prevent',
  level: 1,
  title: `Finding ${id}`,
  observation: 'Observation',
  sensitivity,
  frameworkRefs: [],
  evidence: [],
  ...overrides,
});

const action = (id: string, findingIds: string[], overrides: Partial<ContentAction> = {}): ContentAction => ({
  id,
  code: `A-${id}`,
  title: `Action ${id}`,
  description: 'Description',
  findingIds,
  thematicArea: 'uas',
  responsibleEntity: 'Ministry',
  partners: ['UNOCT'],
  priority: 'high',
  timeframe: 'short',
  startDate: null,
  endDate: null,
  indicators: [],
  support: [],
  estimatedCostUsd: null,
  targetLevel: 3,
  ...overrides,
});

const content = (findings: ContentFinding[], actions: ContentAction[]): RoadmapContent => ({
  engagement: { id: 'e', country: 'TGO', countryName: 'Togo', title: 'Togo', thematicAreas: ['uas'], languages: ['fr'] },
  findings,
  actions,
});

describe('roadmap content', () => {
  it('writes canonical JSON whatever the key order, so the hash depends on content only', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(sha256(canonicalJson({ a: 1, b: 2 }))).toBe(sha256(canonicalJson({ b: 2, a: 1 })));
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('drops confidential findings for governments, and restricted ones too for the public, with their links', () => {
    const full = content([finding('1', 'public'), finding('2', 'restricted'), finding('3', 'confidential')], [action('1', ['1', '2', '3'])]);
    expect(forAudience(full, 'internal')).toEqual(full);
    const government = forAudience(full, 'government');
    expect(government.findings.map((f) => f.id)).toEqual(['1', '2']);
    expect(government.actions[0].findingIds).toEqual(['1', '2']);
    const publicView = forAudience(full, 'public');
    expect(publicView.findings.map((f) => f.id)).toEqual(['1']);
    expect(publicView.actions[0].findingIds).toEqual(['1']);
  });

  it('lists added, removed and changed items field by field', () => {
    const before = content([finding('1', 'public'), finding('2', 'public')], [action('1', ['1']), action('2', ['2'])]);
    const after = content(
      [finding('1', 'public', { level: 3 }), finding('3', 'public')],
      [action('1', ['1'], { title: 'Renamed', priority: 'medium' }), action('3', ['3'])],
    );
    const diff = diffContent(before, after);
    expect(diff.actions.added.map((a) => a.code)).toEqual(['A-3']);
    expect(diff.actions.removed.map((a) => a.code)).toEqual(['A-2']);
    expect(diff.actions.changed).toEqual([
      {
        id: '1',
        code: 'A-1',
        changes: [
          { field: 'priority', before: 'high', after: 'medium' },
          { field: 'title', before: 'Action 1', after: 'Renamed' },
        ],
      },
    ]);
    expect(diff.findings.changed).toEqual([{ id: '1', code: 'TGO-F-1', changes: [{ field: 'level', before: 1, after: 3 }] }]);
    expect(diff.findings.added.map((f) => f.id)).toEqual(['3']);
    expect(diff.findings.removed.map((f) => f.id)).toEqual(['2']);
    expect(diffContent(after, after)).toEqual({
      actions: { added: [], removed: [], changed: [] },
      findings: { added: [], removed: [], changed: [] },
    });
  });
});
