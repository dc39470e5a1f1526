import { AUDIENCES, audienceMayRead } from '../common/confidentiality';
import { canonicalJson, ContentAction, ContentFinding, diffActions, diffContent, forAudience, RoadmapContent, sensitivityOf, sha256 } from './roadmap-content';

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

  it('drops findings above the audience, every link to them, and the actions that answer only such findings', () => {
    const findings = [finding('1', 'public'), finding('2', 'restricted'), finding('3', 'confidential')];
    const full = content(findings, [
      action('1', ['1', '2', '3'], { sensitivity: 'public' }),
      action('2', ['3'], { sensitivity: 'confidential' }),
      action('3', ['2'], { sensitivity: 'restricted' }),
    ]);
    expect(forAudience(full, 'internal')).toEqual(full);
    const government = forAudience(full, 'government');
    expect(government.findings.map((f) => f.id)).toEqual(['1', '2']);
    expect(government.actions.map((a) => [a.id, a.findingIds])).toEqual([
      ['1', ['1', '2']],
      ['3', ['2']],
    ]);
    const publicView = forAudience(full, 'public');
    expect(publicView.findings.map((f) => f.id)).toEqual(['1']);
    expect(publicView.actions.map((a) => [a.id, a.findingIds])).toEqual([['1', ['1']]]);
  });

  it('derives the sensitivity of actions in versions made before actions had one, failing closed', () => {
    const findings = [finding('1', 'public'), finding('2', 'restricted'), finding('3', 'confidential')];
    expect(sensitivityOf(action('a', ['1']), findings)).toBe('public');
    expect(sensitivityOf(action('a', ['1', '2']), findings)).toBe('restricted');
    expect(sensitivityOf(action('a', ['1', '3']), findings)).toBe('confidential');
    // A finding the version does not hold (a draft, say) is unknown: confidential.
    expect(sensitivityOf(action('a', ['1', 'gone']), findings)).toBe('confidential');
    expect(sensitivityOf(action('a', ['3'], { sensitivity: 'public' }), findings)).toBe('public');
    const old = content(findings, [action('a', ['1']), action('b', ['1', '3'])]);
    expect(forAudience(old, 'government').actions.map((a) => [a.id, a.sensitivity])).toEqual([['a', 'public']]);
    expect(forAudience(old, 'internal').actions.map((a) => a.sensitivity)).toEqual(['public', 'confidential']);
  });

  it('keeps decisions only on what the edition holds, and none in the public edition', () => {
    const full: RoadmapContent = {
      ...content([finding('1', 'restricted'), finding('2', 'confidential')], [action('1', ['1']), action('2', ['2'])]),
      decisions: [
        { versionNumber: 1, actionCode: 'A-1', body: 'On A-1', decision: 'accepted', reply: 'Yes' },
        { versionNumber: 1, actionCode: 'A-2', body: 'On A-2', decision: 'rejected', reply: 'No' },
        { versionNumber: 1, actionCode: null, body: 'General', decision: 'accepted', reply: 'Noted' },
      ],
    };
    expect(forAudience(full, 'internal').decisions?.map((d) => d.body)).toEqual(['On A-1', 'On A-2', 'General']);
    expect(forAudience(full, 'government').decisions?.map((d) => d.body)).toEqual(['On A-1', 'General']);
    expect(forAudience(full, 'public').decisions).toEqual([]);
  });

  it('holds, for every audience and any content, nothing above the audience and no link to what it dropped', () => {
    const levels = ['public', 'restricted', 'confidential'] as const;
    const findings = Array.from({ length: 9 }, (_, i) => finding(String(i), levels[i % 3]));
    const actions = Array.from({ length: 27 }, (_, i) =>
      action(String(i), [String(i % 9), String((i * 7) % 9)], i % 4 === 0 ? { sensitivity: levels[(i / 4) % 3] } : {}),
    );
    for (const audience of AUDIENCES) {
      const edition = forAudience(content(findings, actions), audience);
      const held = new Set(edition.findings.map((f) => f.id));
      expect(edition.findings.every((f) => audienceMayRead(audience, f.sensitivity))).toBe(true);
      expect(edition.findings).toHaveLength(findings.filter((f) => audienceMayRead(audience, f.sensitivity)).length);
      for (const a of edition.actions) {
        expect(audienceMayRead(audience, a.sensitivity ?? 'confidential')).toBe(true);
        expect(a.findingIds.every((id) => held.has(id))).toBe(true);
      }
      expect(edition.actions).toHaveLength(actions.filter((a) => audienceMayRead(audience, sensitivityOf(a, findings))).length);
    }
  });

  it('does not count a sensitivity known on one side only as a change of the baseline', () => {
    const adopted = [action('1', ['1'], { sensitivity: 'restricted' })];
    expect(diffActions(adopted, [action('1', ['1'])]).changed).toEqual([]);
    expect(diffActions(adopted, [action('1', ['1'], { sensitivity: 'public' })]).changed).toEqual([
      { id: '1', code: 'A-1', changes: [{ field: 'sensitivity', before: 'restricted', after: 'public' }] },
    ]);
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
