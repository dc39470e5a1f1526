import { DataSource } from 'typeorm';
import { canonicalJson, sha256 } from '../../src/roadmaps/roadmap-content';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { actionInput } from '../factories/action.factory';
import { EngagementOptions, fixtures, Fixtures } from '../factories/engagement.fixture';
import { Session, signIn } from '../utils/sessions';

interface Action {
  id: string;
  code: string;
  title: string;
  findingIds: string[];
  priority: string;
  timeframe: string;
  targetLevel: number;
  libraryKey: string | null;
  support: { kind: string; course?: string }[];
  partners: string[];
  thematicArea: string;
}

describe('The recommended roadmap', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let focal: Session;
  let ctx: Fixtures;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    focal = await signIn(t, 'focal_point');
    ctx = fixtures(t);
  });
  afterAll(() => t.close());

  const drafting = (options: EngagementOptions) => ctx.newEngagement({ stage: 'roadmap.drafting', lead, ...options });

  describe('recommendation', () => {
    it('proposes library actions for every uncovered validated gap, with priority and timeframe from the level, and adds nothing the second time', async () => {
      const { url, findingIds } = await drafting({
        country: 'TGO',
        findings: [
          { thematicArea: 'uas', dimension: 'legal', phase: 'prevent', level: 1, title: 'No drone registration' },
          { thematicArea: 'major_sporting_events', dimension: 'institutional', phase: 'respond', level: 3, title: 'Command exists but untested' },
          { thematicArea: 'religious_sites', dimension: 'institutional', phase: 'prevent', level: 4, kind: 'good_practice', title: 'Interfaith liaison works' },
          { thematicArea: 'urban_centres', dimension: 'policy', phase: 'prevent', level: 4, title: 'Risk assessment is dated' },
        ],
      });
      const [uasGap, eventsGap, goodPractice, urbanGap] = findingIds;
      const created = (await lead.post(`${url}/roadmap/recommend`).expect(201)).body as Action[];
      expect(created.length).toBeGreaterThanOrEqual(3);
      const forGap = (gap: string) => created.filter((a) => a.findingIds.includes(gap));
      expect(forGap(goodPractice)).toEqual([]);
      for (const [gap, priority, timeframe, targetLevel] of [
        [uasGap, 'high', 'short', 3],
        [eventsGap, 'medium', 'medium', 4],
        [urbanGap, 'low', 'long', 5],
      ] as const) {
        const actions = forGap(gap);
        expect(actions.length).toBeGreaterThanOrEqual(1);
        for (const action of actions) {
          expect(action).toMatchObject({ priority, timeframe, targetLevel, libraryKey: expect.any(String) });
          expect(action.support).toEqual(expect.arrayContaining([{ kind: 'training_course', course: expect.any(String) }, { kind: 'mentoring' }]));
          expect(action.partners.length).toBeGreaterThan(0);
        }
      }
      expect(forGap(uasGap).map((a) => a.libraryKey)).toContain('uas-legal-1');
      expect(created.map((a) => a.code)).toEqual(created.map((_, i) => `A-${String(i + 1).padStart(2, '0')}`));
      expect((await lead.post(`${url}/roadmap/recommend`).expect(201)).body).toEqual([]);
      expect((await pm.get(`${url}/roadmap/actions`).expect(200)).body).toHaveLength(created.length);
    });

    it('leaves alone a gap that an action already answers', async () => {
      const { url, findingIds } = await drafting({ country: 'TUN', findings: [{ level: 2 }, { level: 1, title: 'Second gap' }] });
      await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[0]])).expect(201);
      const created = (await pm.post(`${url}/roadmap/recommend`).expect(201)).body as Action[];
      expect(created.every((a) => a.findingIds.every((id) => id === findingIds[1]))).toBe(true);
      expect(created.length).toBeGreaterThan(0);
    });
  });

  describe('actions', () => {
    it('are validated: findings of this engagement, an area in scope, a course for training support', async () => {
      const { url } = await drafting({ country: 'BEN', findings: [{}] });
      const response = await pm
        .post(`${url}/roadmap/actions`)
        .send(actionInput(['00000000-0000-4000-8000-000000000000'], { thematicArea: 'religious_sites' }))
        .expect(400);
      expect(response.body.errors).toEqual([
        { field: 'findingIds[0]', message: 'each finding must be a finding of this engagement that is not withdrawn' },
        { field: 'thematicArea', message: "thematicArea must be one of this engagement's areas (uas, cross_cutting)" },
      ]);
      const noCourse = await pm.post(`${url}/roadmap/actions`).send(actionInput(['00000000-0000-4000-8000-000000000000'], { support: [{ kind: 'training_course' }] })).expect(400);
      expect(noCourse.body.errors[0]).toMatchObject({ field: 'support[0].course' });
      await pm.post(`${url}/roadmap/actions`).send({ ...actionInput([]), priority: 'urgent' }).expect(400);
    });

    it('change only while the roadmap is being drafted', async () => {
      const { url, findingIds } = await drafting({ country: 'MLI', findings: [{}] });
      const action = (await pm.post(`${url}/roadmap/actions`).send(actionInput(findingIds)).expect(201)).body;
      const edited = (await pm.patch(`${url}/roadmap/actions/${action.id}`).send({ version: 1, priority: 'medium' }).expect(200)).body;
      expect(edited).toMatchObject({ priority: 'medium', version: 2 });
      await pm.post(`${url}/roadmap/versions`).expect(201);
      await pm.post(`${url}/roadmap/versions/1/release`).expect(200);
      const locked = await pm.patch(`${url}/roadmap/actions/${action.id}`).send({ version: 2, priority: 'low' }).expect(409);
      expect(locked.body).toMatchObject({
        code: 'ROADMAP_LOCKED',
        detail: 'This change to the roadmap is made only in roadmap.drafting or implementation; the engagement is in roadmap.consultation.',
      });
      await pm.delete(`${url}/roadmap/actions/${action.id}`).expect(409);
      await pm.post(`${url}/roadmap/recommend`).expect(409);
      await pm.post(`${url}/roadmap/versions`).expect(409);
      await pm.post(`${url}/events`).send({ type: 'REVISE' }).expect(200);
      await pm.delete(`${url}/roadmap/actions/${action.id}`).expect(204);
    });
  });

  describe('versions', () => {
    it('are immutable numbered snapshots whose stored hash recomputes equal', async () => {
      const { url, findingIds } = await drafting({ country: 'NER', findings: [{}, { title: 'Still a draft', status: 'draft' }] });
      const action = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[0]])).expect(201)).body;
      const v1 = (await pm.post(`${url}/roadmap/versions`).expect(201)).body;
      expect(v1).toMatchObject({ number: 1, status: 'draft', released: false, findingCount: 1, actionCount: 1 });
      expect(v1.content.findings.map((f: { title: string }) => f.title)).not.toContain('Still a draft');
      const read = (await pm.get(`${url}/roadmap/versions/1`).expect(200)).body;
      expect(sha256(canonicalJson(read.content))).toBe(read.sha256);
      expect(read.sha256).toBe(v1.sha256);

      // Later edits never reach version 1.
      await pm.patch(`${url}/roadmap/actions/${action.id}`).send({ version: 1, title: 'A new title' }).expect(200);
      const again = (await pm.get(`${url}/roadmap/versions/1`).expect(200)).body;
      expect(again.content).toEqual(read.content);
      expect(again.content.actions[0].title).toBe(action.title);

      // Not even the database lets a version change or disappear.
      const db = t.app.get(DataSource);
      await expect(db.query(`UPDATE roadmap_versions SET content = '{}' WHERE number = 1`)).rejects.toThrow(/immutable/);
      await expect(db.query(`UPDATE roadmap_versions SET sha256 = repeat('0', 64) WHERE number = 1`)).rejects.toThrow(/immutable/);
      await expect(db.query(`DELETE FROM roadmap_versions WHERE number = 1`)).rejects.toThrow(/cannot be deleted/);
      await pm.patch(`${url}/roadmap/versions/1`).send({ content: {} }).expect(404);
      await pm.delete(`${url}/roadmap/versions/1`).expect(404);
    });

    it('diff field by field', async () => {
      const { url, findingIds } = await drafting({ country: 'GHA', findings: [{}, { title: 'Another gap', level: 1 }] });
      const kept = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[0]])).expect(201)).body;
      const dropped = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[1]], { title: 'To be dropped' })).expect(201)).body;
      await pm.post(`${url}/roadmap/versions`).expect(201);
      await pm.patch(`${url}/roadmap/actions/${kept.id}`).send({ version: 1, priority: 'medium', responsibleEntity: 'Ministry of Interior' }).expect(200);
      await pm.delete(`${url}/roadmap/actions/${dropped.id}`).expect(204);
      const added = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[1]], { title: 'Replacement' })).expect(201)).body;
      await pm.post(`${url}/roadmap/versions`).expect(201);
      const diff = (await pm.get(`${url}/roadmap/versions/2/diff?against=1`).expect(200)).body;
      expect(diff.from).toBe(1);
      expect(diff.to).toBe(2);
      expect(diff.actions.added.map((a: Action) => a.code)).toEqual([added.code]);
      expect(diff.actions.removed.map((a: Action) => a.code)).toEqual([dropped.code]);
      expect(diff.actions.changed).toEqual([
        {
          id: kept.id,
          code: kept.code,
          changes: [
            { field: 'priority', before: 'high', after: 'medium' },
            { field: 'responsibleEntity', before: 'National Civil Aviation Agency', after: 'Ministry of Interior' },
          ],
        },
      ]);
      expect(diff.findings).toEqual({ added: [], removed: [], changed: [] });
      await pm.get(`${url}/roadmap/versions/2/diff?against=9`).expect(404);
      await pm.get(`${url}/roadmap/versions/2/diff`).expect(400);
    });
  });

  describe('release and consultation', () => {
    it('shows focal points released versions only, without confidential findings, and never the working set', async () => {
      const { url, findingIds } = await drafting({
        country: 'SEN',
        focal,
        findings: [
          { title: 'Public gap', sensitivity: 'public' },
          { title: 'Restricted gap', sensitivity: 'restricted' },
          { title: 'Confidential gap', sensitivity: 'confidential' },
        ],
      });
      // An action answering the confidential gap is confidential itself: the government edition leaves it out.
      const secret = (await pm.post(`${url}/roadmap/actions`).send(actionInput(findingIds, { title: 'Answers the confidential gap too' })).expect(201)).body;
      await pm.post(`${url}/roadmap/actions`).send(actionInput(findingIds.slice(0, 2))).expect(201);
      await pm.post(`${url}/roadmap/versions`).expect(201);

      expect((await focal.get(`${url}/roadmap/versions`).expect(200)).body).toEqual([]);
      expect((await focal.get(`${url}/roadmap/versions/1`).expect(404)).body.code).toBe('VERSION_NOT_FOUND');
      await focal.get(`${url}/roadmap/versions/1/comments`).expect(404);
      await focal.get(`${url}/findings`).expect(403);
      await focal.get(`${url}/roadmap/actions`).expect(403);

      expect((await focal.post(`${url}/roadmap/versions/1/release`).expect(403)).body.code).toBe('FORBIDDEN');
      const released = (await pm.post(`${url}/roadmap/versions/1/release`).expect(200)).body;
      expect(released).toMatchObject({ number: 1, released: true, releasedAt: expect.any(String) });
      expect((await pm.get(url).expect(200)).body.stage).toBe('roadmap.consultation');

      const listed = (await focal.get(`${url}/roadmap/versions`).expect(200)).body;
      expect(listed).toEqual([expect.objectContaining({ number: 1, released: true, findingCount: 2, actionCount: 1 })]);
      const seen = (await focal.get(`${url}/roadmap/versions/1`).expect(200)).body;
      expect(seen.content.findings.map((f: { title: string }) => f.title)).toEqual(['Public gap', 'Restricted gap']);
      expect(seen.content.actions[0].findingIds).toEqual(findingIds.slice(0, 2));
      expect(JSON.stringify(seen)).not.toContain('Confidential gap');
      expect(JSON.stringify(seen)).not.toContain(findingIds[2]);
      expect(JSON.stringify(seen)).not.toContain(secret.id);
    });

    it('takes comments on released versions, decisions from programme managers, and gates adoption on them', async () => {
      const { url, findingIds } = await drafting({
        country: 'CIV',
        focal,
        findings: [{ level: 1, title: 'Level one gap' }, { level: 2, title: 'Level two gap' }, { level: 3, title: 'Level three gap' }],
      });
      const action = (await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[0]])).expect(201)).body;
      await pm.post(`${url}/roadmap/versions`).expect(201);
      expect((await focal.post(`${url}/roadmap/versions/1/comments`).send({ body: 'Too early' }).expect(404)).body.code).toBe('VERSION_NOT_FOUND');
      expect((await pm.post(`${url}/roadmap/versions/1/comments`).send({ body: 'Not yet released' }).expect(409)).body.code).toBe('COMMENT_NOT_ALLOWED');
      await pm.post(`${url}/roadmap/versions/1/release`).expect(200);

      // The adoption gate names the level 1–2 gaps without an action in the latest version.
      expect((await pm.post(`${url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(422)).body.reasons).toEqual([
        `The latest version has no action for the level 1–2 gaps ${(await pm.get(`${url}/findings/${findingIds[1]}`)).body.code}.`,
      ]);

      const comment = (await focal
        .post(`${url}/roadmap/versions/1/comments`)
        .send({ body: 'The Ministry of Interior should lead this action.', actionId: action.id })
        .expect(201)).body;
      expect(comment).toMatchObject({ versionNumber: 1, actionId: action.id, actionCode: action.code, decision: null, authorEmail: focal.email });
      await focal.post(`${url}/roadmap/versions/1/comments`).send({ body: 'x', actionId: findingIds[0] }).expect(400);
      // The decision route sits under /roadmap; its former path is a deprecated alias with the same access rules.
      await focal.post(`${url}/roadmap/comments/${comment.id}/decision`).send({ decision: 'accepted', reply: 'ok' }).expect(403);
      const refusedAtFormerPath = await focal.post(`${url}/comments/${comment.id}/decision`).send({ decision: 'accepted', reply: 'ok' }).expect(403);
      expect(refusedAtFormerPath.headers.deprecation).toMatch(/^@\d+$/);
      expect(refusedAtFormerPath.headers.link).toBe(`<${url}/roadmap/comments/${comment.id}/decision>; rel="successor-version"`);
      // Refused by the cross-site defence, before any other hook: still marked deprecated.
      const crossSite = await t
        .http()
        .post(`${url}/comments/${comment.id}/decision`)
        .set('sec-fetch-site', 'cross-site')
        .set('origin', 'https://elsewhere.example')
        .send({ decision: 'accepted', reply: 'ok' })
        .expect(403);
      expect(crossSite.headers.deprecation).toMatch(/^@\d+$/);

      // Revise: cover the level 2 gap in a second version, release it.
      await pm.post(`${url}/events`).send({ type: 'REVISE' }).expect(200);
      await pm.post(`${url}/roadmap/actions`).send(actionInput([findingIds[1]], { title: 'Second action' })).expect(201);
      await pm.post(`${url}/roadmap/versions`).expect(201);
      await pm.post(`${url}/roadmap/versions/1/release`).expect(409);
      await pm.post(`${url}/roadmap/versions/2/release`).expect(200);
      expect((await pm.post(`${url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(422)).body.reasons).toEqual([
        '1 comment on released versions still needs a decision.',
      ]);

      const atFormerPath = await pm.post(`${url}/comments/${comment.id}/decision`).send({ decision: 'accepted', reply: 'First thoughts.' }).expect(200);
      expect(atFormerPath.body).toMatchObject({ decision: 'accepted', reply: 'First thoughts.' });
      expect(atFormerPath.headers.deprecation).toMatch(/^@\d+$/);
      const answer = await pm
        .post(`${url}/roadmap/comments/${comment.id}/decision`)
        .send({ decision: 'partially_accepted', reply: 'The Ministry of Interior co-leads.' })
        .expect(200);
      expect(answer.headers.deprecation).toBeUndefined();
      const decided = answer.body;
      expect(decided).toMatchObject({ decision: 'partially_accepted', reply: 'The Ministry of Interior co-leads.', decidedAt: expect.any(String) });
      expect((await focal.get(`${url}/roadmap/versions/1/comments`).expect(200)).body).toEqual([decided]);

      const adopted = (await pm.post(`${url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(200)).body;
      expect(adopted.stage).toBe('adoption');
      const versions = (await pm.get(`${url}/roadmap/versions`).expect(200)).body;
      expect(versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
        [1, 'draft'],
        [2, 'final'],
      ]);
      // The version submitted for adoption is released with it: the State reads what it is to adopt.
      expect(versions[1].released).toBe(true);
      const seen = (await focal.get(`${url}/roadmap/versions`).expect(200)).body;
      expect(seen.map((v: { number: number }) => v.number)).toContain(2);
    });
  });
});
