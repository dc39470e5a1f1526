import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { consultationInput, missionInput } from '../factories/mission.factory';
import { addMember, Session, signIn } from '../utils/sessions';

describe('Missions and findings', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let member: Session;
  let focal: Session;
  let id: string;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    member = await signIn(t, 'mission_member');
    focal = await signIn(t, 'focal_point');
    id = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO', thematicAreas: ['uas', 'urban_centres'] })).expect(201)).body.id;
    url = `/api/engagements/${id}`;
    await addMember(t, id, lead.userId, 'mission_lead');
    await addMember(t, id, member.userId, 'mission_member');
    await addMember(t, id, focal.userId, 'focal_point');
  });
  afterAll(() => t.close());

  describe('missions', () => {
    it('plans a mission with its lead, team and documents, and records consultations', async () => {
      const mission = (await member
        .post(`${url}/missions`)
        .send(missionInput({ leadId: lead.userId, teamIds: [lead.userId, member.userId] }))
        .expect(201)).body;
      expect(mission).toMatchObject({
        type: 'scoping',
        startDate: '2026-03-02',
        endDate: '2026-03-06',
        leadId: lead.userId,
        teamIds: [lead.userId, member.userId],
        documentsReviewed: [{ title: 'National counter-terrorism strategy', reference: '2019' }],
        consultations: [],
        version: 1,
      });
      const consultation = (await member.post(`${url}/missions/${mission.id}/consultations`).send(consultationInput()).expect(201)).body;
      expect(consultation).toMatchObject({ institution: 'Ministry of Security and Civil Protection', date: '2026-03-03', participants: 6 });
      const read = (await pm.get(`${url}/missions/${mission.id}`).expect(200)).body;
      expect(read.consultations).toEqual([consultation]);
      const patched = (await member.patch(`${url}/missions/${mission.id}`).send({ version: 1, endDate: '2026-03-07' }).expect(200)).body;
      expect(patched).toMatchObject({ endDate: '2026-03-07', version: 2 });
      await member.patch(`${url}/missions/${mission.id}`).send({ version: 1, endDate: '2026-03-08' }).expect(409);
    });

    it('refuses dates out of order, a lead who is not a mission lead here, and consultations outside the mission', async () => {
      const wrong = await member
        .post(`${url}/missions`)
        .send(missionInput({ startDate: '2026-03-06', endDate: '2026-03-02', leadId: member.userId, teamIds: [focal.userId] }))
        .expect(400);
      expect(wrong.body.errors).toEqual([
        { field: 'endDate', message: 'endDate must not be before startDate' },
        { field: 'leadId', message: 'leadId must be a mission lead of this engagement' },
        { field: 'teamIds[0]', message: 'each team member must be on the mission team of this engagement' },
      ]);
      const invalidDate = await member.post(`${url}/missions`).send(missionInput({ startDate: '2026-02-30' })).expect(400);
      expect(invalidDate.body.errors).toEqual([{ field: 'startDate', message: 'startDate must be a date written YYYY-MM-DD' }]);
      const mission = (await member.post(`${url}/missions`).send(missionInput()).expect(201)).body;
      const outside = await member.post(`${url}/missions/${mission.id}/consultations`).send(consultationInput({ date: '2026-04-01' })).expect(400);
      expect(outside.body.errors).toEqual([{ field: 'date', message: 'date must fall within the mission (2026-03-02 to 2026-03-06)' }]);
      await member.get(`${url}/missions/00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('keeps missions from focal points', async () => {
      await focal.get(`${url}/missions`).expect(403);
    });
  });

  describe('findings', () => {
    it('gives 20 concurrent findings unique, gap-free codes', async () => {
      const engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'BEN', thematicAreas: ['uas'] })).expect(201)).body.id;
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => pm.post(`/api/engagements/${engagementId}/findings`).send(findingInput({ title: `Concurrent finding ${i}` }))),
      );
      expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
      const codes = responses.map((r) => r.body.code as string).sort();
      expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => `BEN-F-${String(i + 1).padStart(3, '0')}`));
    });

    it('records a draft coded per engagement, with its first level in the history', async () => {
      const finding = (await member.post(`${url}/findings`).send(findingInput()).expect(201)).body;
      expect(finding).toMatchObject({ code: 'TGO-F-001', status: 'draft', level: 2, kind: 'gap', thematicArea: 'uas', version: 1 });
      const read = (await member.get(`${url}/findings/${finding.id}`).expect(200)).body;
      expect(read.levelHistory).toEqual([expect.objectContaining({ level: 2, note: 'first scoring' })]);
    });

    it('refuses an area outside the engagement\'s scope, unknown catalog codes and bad evidence', async () => {
      const outOfScope = await member.post(`${url}/findings`).send(findingInput({ thematicArea: 'religious_sites' })).expect(400);
      expect(outOfScope.body.errors).toEqual([
        { field: 'thematicArea', message: "thematicArea must be one of this engagement's areas (uas, urban_centres, cross_cutting)" },
      ]);
      await member.post(`${url}/findings`).send(findingInput({ thematicArea: 'cross_cutting' })).expect(201);
      const bad = await member
        .post(`${url}/findings`)
        .send({ ...findingInput(), level: 6, frameworkRefs: ['unknown'], evidence: [{ kind: 'rumour', reference: 'x', date: 'yesterday' }] })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'level',
        'frameworkRefs',
        'evidence[0].kind',
        'evidence[0].reference',
        'evidence[0].date',
      ]);
    });

    it('validates (the lead), sends an edited validated finding back to draft, and withdraws with a reason', async () => {
      const finding = (await member.post(`${url}/findings`).send(findingInput({ title: 'Validation flow' })).expect(201)).body;
      await member.post(`${url}/findings/${finding.id}/validate`).expect(403);
      const validated = (await lead.post(`${url}/findings/${finding.id}/validate`).expect(200)).body;
      expect(validated).toMatchObject({ status: 'validated', validatedBy: lead.userId, version: 2 });
      expect((await lead.post(`${url}/findings/${finding.id}/validate`).expect(409)).body.code).toBe('FINDING_STATE_CONFLICT');
      const level = await member.patch(`${url}/findings/${finding.id}`).send({ version: 2, level: 4 }).expect(409);
      expect(level.body.detail).toContain('re-scoring on a follow-up mission');
      const edited = (await member.patch(`${url}/findings/${finding.id}`).send({ version: 2, title: 'Validation flow, revised' }).expect(200)).body;
      expect(edited).toMatchObject({ status: 'draft', validatedBy: null, title: 'Validation flow, revised', version: 3 });
      await member.post(`${url}/findings/${finding.id}/withdraw`).send({}).expect(400);
      const withdrawn = (await member.post(`${url}/findings/${finding.id}/withdraw`).send({ reason: 'Duplicate of TGO-F-001' }).expect(200)).body;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Duplicate of TGO-F-001' });
      await member.patch(`${url}/findings/${finding.id}`).send({ version: 4, title: 'Too late' }).expect(409);
    });

    it('re-scores a validated finding on a follow-up mission and keeps the history of levels', async () => {
      const finding = (await member.post(`${url}/findings`).send(findingInput({ title: 'Re-scored later', level: 1 })).expect(201)).body;
      await lead.post(`${url}/findings/${finding.id}/validate`).expect(200);
      const scoping = (await member.post(`${url}/missions`).send(missionInput()).expect(201)).body;
      const notFollowUp = await member.post(`${url}/findings/${finding.id}/rescore`).send({ level: 3, missionId: scoping.id }).expect(400);
      expect(notFollowUp.body.errors).toEqual([{ field: 'missionId', message: 'missionId must be a follow-up mission of this engagement' }]);
      const followUp = (await member.post(`${url}/missions`).send(missionInput({ type: 'follow_up', startDate: '2026-09-01', endDate: '2026-09-04' })).expect(201)).body;
      const rescored = (await member
        .post(`${url}/findings/${finding.id}/rescore`)
        .send({ level: 3, missionId: followUp.id, note: 'Legislation adopted in June' })
        .expect(200)).body;
      expect(rescored).toMatchObject({ level: 3, status: 'validated' });
      expect(rescored.levelHistory.map((l: { level: number; missionId: string | null }) => [l.level, l.missionId])).toEqual([
        [1, null],
        [3, followUp.id],
      ]);
    });

    it('filters, searches and pages the list', async () => {
      const engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'CIV', thematicAreas: ['uas', 'urban_centres'] })).expect(201)).body.id;
      const list = (query: string) => pm.get(`/api/engagements/${engagementId}/findings${query}`).expect(200);
      await pm.post(`/api/engagements/${engagementId}/findings`).send(findingInput({ title: 'Drone detection at the stadium', level: 1 })).expect(201);
      await pm
        .post(`/api/engagements/${engagementId}/findings`)
        .send(findingInput({ thematicArea: 'urban_centres', dimension: 'institutional', phase: 'respond', kind: 'good_practice', level: 4, title: 'Crisis cell for the capital', observation: 'A joint crisis cell meets weekly.' }))
        .expect(201);
      const third = (await pm.post(`/api/engagements/${engagementId}/findings`).send(findingInput({ title: 'Registration of drones', observation: 'No register of drone operators exists.' })).expect(201)).body;
      await pm.post(`/api/engagements/${engagementId}/findings/${third.id}/validate`).expect(200);

      const titles = (response: { body: { items: { title: string }[] } }) => response.body.items.map((f) => f.title);
      expect((await list('')).body.total).toBe(3);
      expect(titles(await list('?thematicArea=urban_centres'))).toEqual(['Crisis cell for the capital']);
      expect(titles(await list('?kind=gap&level=1'))).toEqual(['Drone detection at the stadium']);
      expect(titles(await list('?status=validated'))).toEqual(['Registration of drones']);
      expect(titles(await list('?dimension=institutional&phase=respond'))).toEqual(['Crisis cell for the capital']);
      expect(titles(await list('?q=drone'))).toEqual(['Drone detection at the stadium', 'Registration of drones']);
      expect(titles(await list('?q=weekly%20crisis'))).toEqual(['Crisis cell for the capital']);
      expect(titles(await list('?q=operators'))).toEqual(['Registration of drones']);
      const page = (await list('?limit=2&offset=2')).body;
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
      expect(page.items).toHaveLength(1);
      // The total is right whether the page is full, the last one, exactly the rest, or past the end.
      const pages = await Promise.all(['?limit=2', '?limit=3', '?limit=1&offset=1', '?limit=2&offset=5', '?status=withdrawn'].map(list));
      expect(pages.map((response) => [response.body.total, response.body.items.length])).toEqual([[3, 2], [3, 3], [3, 1], [3, 0], [0, 0]]);
      expect(titles(pages[0])).toEqual(['Drone detection at the stadium', 'Crisis cell for the capital']);
      await pm.get(`/api/engagements/${engagementId}/findings?level=9`).expect(400);
    });

    it('lists each finding exactly as it reads on its own, without the history of levels', async () => {
      const { items } = (await pm.get(`${url}/findings?limit=200`).expect(200)).body as { items: { id: string }[] };
      expect(items.length).toBeGreaterThan(3);
      for (const item of items) {
        const { levelHistory, ...alone } = (await pm.get(`${url}/findings/${item.id}`).expect(200)).body as Record<string, unknown>;
        expect(levelHistory).toBeDefined();
        expect(JSON.stringify(item)).toBe(JSON.stringify(alone));
      }
    });

    it('keeps the working findings from focal points', async () => {
      await focal.get(`${url}/findings`).expect(403);
    });
  });
});
