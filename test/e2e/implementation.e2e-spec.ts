import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { actionInput } from '../factories/action.factory';
import { adoptionInput } from '../factories/adoption.factory';
import { EngagementOptions, fixtures, Fixtures } from '../factories/engagement.fixture';
import { addMember, Session, signIn } from '../utils/sessions';
import { dayFromToday } from '../utils/dates';

const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.7\n% signed: ${text}\n%%EOF\n`, 'latin1');

describe('Adoption and implementation', () => {
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

  const implementing = (options: EngagementOptions) => ctx.newEngagement({ stage: 'implementation', lead, ...options });

  it('walks from adoption to completion over HTTP, refusing each step that is not ready', async () => {
    const { id, url, actionIds } = await ctx.newEngagement({
      stage: 'adoption',
      country: 'TGO',
      lead,
      focal,
      actions: [{ timeframe: 'short' }, { timeframe: 'medium' }, { timeframe: 'long' }],
    });
    expect((await pm.get(url).expect(200)).body.stage).toBe('adoption');
    expect((await pm.get(`${url}/roadmap/versions/1`).expect(200)).body.status).toBe('final');

    // No adoption yet: the event is refused with its reason, and there is nothing to read.
    const refused = await pm.post(`${url}/events`).send({ type: 'RECORD_ADOPTION' }).expect(422);
    expect(refused.body.reasons).toEqual(['No adoption of the final version has been recorded yet.']);
    expect((await pm.get(`${url}/adoption`).expect(404)).body.code).toBe('ADOPTION_NOT_FOUND');

    // Bad records are refused field by field and store nothing.
    const wrongVersion = await pm.put(`${url}/adoption`).send(adoptionInput({ versionNumber: 2, adoptedOn: dayFromToday(3) })).expect(400);
    expect(wrongVersion.body.errors.map((e: { field: string }) => e.field)).toEqual(['versionNumber', 'adoptedOn']);
    expect(wrongVersion.body.errors[0].message).toBe('versionNumber must be the final version submitted for adoption (1)');
    const missing = await pm.put(`${url}/adoption`).send({ versionNumber: 1 }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['adoptedOn', 'adoptingAuthority', 'instrumentReference']);
    await pm.get(`${url}/adoption`).expect(404);

    // Only programme managers record it; the State's focal point reads it.
    await focal.put(`${url}/adoption`).send(adoptionInput()).expect(403);
    const recorded = (await pm.put(`${url}/adoption`).send(adoptionInput({ adoptingAuthority: 'Council of Ministers' })).expect(200)).body;
    expect(recorded).toMatchObject({ versionNumber: 1, adoptedOn: dayFromToday(0), adoptingAuthority: 'Council of Ministers', signedDocument: null });
    const corrected = (await pm.put(`${url}/adoption`).send(adoptionInput({ instrumentReference: 'Decree 2026-119' })).expect(200)).body;
    expect(corrected.instrumentReference).toBe('Decree 2026-119');
    expect((await focal.get(`${url}/adoption`).expect(200)).body).toEqual(corrected);

    // The signed document: PDF only, within the size limit, kept with its sha256.
    await pm.put(`${url}/adoption/document`).set('content-type', 'application/pdf').send(Buffer.from('not a pdf')).expect(415);
    await pm.put(`${url}/adoption/document`).set('content-type', 'application/json').send({ pdf: true }).expect(415);
    const tooLarge = Buffer.concat([pdf('big'), Buffer.alloc(21 * 1024 * 1024)]);
    await pm.put(`${url}/adoption/document`).set('content-type', 'application/pdf').send(tooLarge).expect(413);
    const signed = pdf('Togo, Council of Ministers');
    const attached = (await pm.put(`${url}/adoption/document`).set('content-type', 'application/pdf').send(signed).expect(200)).body;
    const sha256 = createHash('sha256').update(signed).digest('hex');
    expect(attached.signedDocument).toMatchObject({ size: signed.length, sha256, href: `/api/engagements/${id}/adoption/document` });
    const download = await focal.get(`${url}/adoption/document`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="Togo-roadmap-v1-adopted-signed.pdf"');
    expect(Buffer.compare(download.body as Buffer, signed)).toBe(0);
    await focal.get(`${url}/adoption/document`).set('if-none-match', `"${sha256}"`).expect(304);

    await pm.post(`${url}/events`).send({ type: 'RECORD_ADOPTION' }).expect(200);
    expect((await pm.get(url).expect(200)).body.stage).toBe('implementation');
    // The adopted record is now fixed.
    expect((await pm.put(`${url}/adoption`).send(adoptionInput()).expect(409)).body.code).toBe('ADOPTION_LOCKED');
    await pm.put(`${url}/adoption/document`).set('content-type', 'application/pdf').send(pdf('another')).expect(409);

    // Progress: the State's focal point and programme managers report; the mission team does not.
    const [first, second, third] = actionIds;
    await lead.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'in_progress', percent: 10 }).expect(403);
    await focal.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'in_progress', percent: 40, note: 'Draft decree written' }).expect(201);
    const incomplete = await focal.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'completed', percent: 90 }).expect(400);
    expect(incomplete.body.errors).toEqual([{ field: 'percent', message: 'percent must be 100 for a completed action' }]);
    const noReason = await pm.post(`${url}/roadmap/actions/${second}/progress`).send({ status: 'cancelled', percent: 0, note: '  ' }).expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'note', message: 'note must give the reason the action is cancelled' }]);
    await focal.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'delayed', percent: 200 }).expect(400);

    const notYet = await pm.post(`${url}/events`).send({ type: 'COMPLETE' }).expect(422);
    expect(notYet.body.reasons).toEqual(['3 actions are neither completed nor cancelled.']);

    await focal.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'completed', percent: 100, note: 'Decree adopted' }).expect(201);
    await pm.post(`${url}/roadmap/actions/${second}/progress`).send({ status: 'cancelled', percent: 0, note: 'Covered by the regional programme' }).expect(201);
    expect((await pm.post(`${url}/events`).send({ type: 'COMPLETE' }).expect(422)).body.reasons).toEqual([
      '1 action is neither completed nor cancelled.',
    ]);
    await focal.post(`${url}/roadmap/actions/${third}/progress`).send({ status: 'completed', percent: 100 }).expect(201);

    const history = (await focal.get(`${url}/roadmap/actions/${first}/progress`).expect(200)).body;
    expect(history.map((u: { status: string; percent: number; reporter: string }) => [u.status, u.percent, u.reporter])).toEqual([
      ['in_progress', 40, focal.email],
      ['completed', 100, focal.email],
    ]);
    const action = (await pm.get(`${url}/roadmap/actions/${first}`).expect(200)).body;
    expect(action).toMatchObject({ status: 'completed', progress: 100 });

    await pm.post(`${url}/events`).send({ type: 'COMPLETE' }).expect(200);
    expect((await pm.get(url).expect(200)).body.stage).toBe('completed');
    const closed = await focal.post(`${url}/roadmap/actions/${first}/progress`).send({ status: 'in_progress', percent: 50 }).expect(409);
    expect(closed.body).toMatchObject({ code: 'NOT_IN_IMPLEMENTATION', detail: 'Progress is reported only during implementation; the engagement is in completed.' });

    // Every write is in the engagement's audit trail.
    const audit = (await pm.get(`${url}/audit?limit=200`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['adoption.record', 'adoption.update', 'adoption.document', 'action.progress']));
  });

  it('keeps progress updates append-only in the database itself', async () => {
    const { url, actionIds } = await implementing({ country: 'BEN', focal });
    await focal.post(`${url}/roadmap/actions/${actionIds[0]}/progress`).send({ status: 'in_progress', percent: 20 }).expect(201);
    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE progress_updates SET percent = 90`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM progress_updates`)).rejects.toThrow(/append-only/);
  });

  it('refuses progress, mentoring and trainings before implementation', async () => {
    const { url, actionIds } = await ctx.newEngagement({ stage: 'roadmap.drafting', country: 'MLI', lead, focal, actions: [{}] });
    const early = await pm.post(`${url}/roadmap/actions/${actionIds[0]}/progress`).send({ status: 'in_progress', percent: 10 }).expect(409);
    expect(early.body.detail).toBe('Progress is reported only during implementation; the engagement is in roadmap.drafting.');
    await pm.post(`${url}/mentoring-sessions`).send({ date: dayFromToday(0), mentor: 'UNOCT expert', topics: ['Risk'], actionIds }).expect(409);
    await pm.put(`${url}/adoption`).send(adoptionInput()).expect(409);
    expect((await pm.get(`${url}/implementation`).expect(200)).body).toMatchObject({ baselineVersion: null, total: 1, progress: 0 });
  });

  it('rolls progress up to thematic area and engagement, leaving cancelled actions out', async () => {
    const { url, actionIds } = await implementing({
      country: 'NER',
      focal,
      findings: [{ thematicArea: 'uas' }, { thematicArea: 'urban_centres' }],
      actions: [{ thematicArea: 'uas' }, { thematicArea: 'uas' }, { thematicArea: 'uas' }, { thematicArea: 'urban_centres' }, { thematicArea: 'urban_centres' }],
    });
    const report = (index: number, body: object) => focal.post(`${url}/roadmap/actions/${actionIds[index]}/progress`).send(body).expect(201);
    await report(0, { status: 'in_progress', percent: 50 });
    await report(1, { status: 'cancelled', percent: 80, note: 'Merged into A-01' });
    await report(2, { status: 'completed', percent: 100 });
    await report(3, { status: 'not_started', percent: 0 });
    await report(4, { status: 'in_progress', percent: 10 });
    await report(4, { status: 'delayed', percent: 35 });

    const summary = (await focal.get(`${url}/implementation`).expect(200)).body;
    // (50 + 100 + 0 + 35) / 4 actions that count; uas (50 + 100) / 2; urban centres (0 + 35) / 2.
    expect(summary).toMatchObject({ baselineVersion: 1, total: 5, completed: 1, cancelled: 1, overdue: 0, progress: 46.3 });
    expect(summary.areas).toEqual([
      { thematicArea: 'uas', total: 3, completed: 1, cancelled: 1, overdue: 0, progress: 75 },
      { thematicArea: 'urban_centres', total: 2, completed: 0, cancelled: 0, overdue: 0, progress: 17.5 },
    ]);
    expect(summary.actions.map((a: { code: string; status: string; percent: number }) => [a.code, a.status, a.percent])).toEqual([
      ['A-01', 'in_progress', 50],
      ['A-02', 'cancelled', 80],
      ['A-03', 'completed', 100],
      ['A-04', 'not_started', 0],
      ['A-05', 'delayed', 35],
    ]);
  });

  it('flags an action overdue the day after it is due, unless completed or cancelled', async () => {
    const due = [dayFromToday(-1), dayFromToday(0), dayFromToday(1), dayFromToday(-1), dayFromToday(-1)];
    const { url, actionIds } = await implementing({
      country: 'GHA',
      focal,
      actions: [...due.map((endDate) => ({ endDate })), { timeframe: 'short' }, { timeframe: 'medium' }],
    });
    await focal.post(`${url}/roadmap/actions/${actionIds[3]}/progress`).send({ status: 'completed', percent: 100 }).expect(201);
    await focal.post(`${url}/roadmap/actions/${actionIds[4]}/progress`).send({ status: 'cancelled', percent: 0, note: 'No longer needed' }).expect(201);
    // Without an end date an action is due at the end of its timeframe counted from the adoption: move the
    // adoption seven months back, as if that time had passed (6-month timeframe late, 18-month one not).
    await t.app.get(DataSource).query(`UPDATE adoptions SET adopted_on = adopted_on - interval '7 months' WHERE version_number = 1 AND engagement_id = $1`, [
      url.split('/').pop(),
    ]);
    const summary = (await pm.get(`${url}/implementation`).expect(200)).body;
    const flags = summary.actions.map((a: { dueOn: string; overdue: boolean }) => [a.dueOn, a.overdue]);
    const adoptedOn = summary.adoptedOn as string;
    const plusMonths = (months: number): string => {
      const date = new Date(`${adoptedOn}T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + months);
      return date.toISOString().slice(0, 10);
    };
    expect(flags).toEqual([
      [dayFromToday(-1), true],
      [dayFromToday(0), false],
      [dayFromToday(1), false],
      [dayFromToday(-1), false],
      [dayFromToday(-1), false],
      [plusMonths(6), true],
      [plusMonths(18), false],
    ]);
    expect(summary.overdue).toBe(2);
  });

  it('re-plans actions during implementation and shows each change against the adopted baseline', async () => {
    const { url, findingIds, actionIds } = await implementing({ country: 'SEN', focal, actions: [{}, {}] });
    const diffBefore = (await pm.get(`${url}/roadmap/baseline-diff`).expect(200)).body;
    expect(diffBefore).toEqual({ baselineVersion: 1, adoptedOn: dayFromToday(0), actions: { added: [], removed: [], changed: [] } });

    const version = (await pm.get(`${url}/roadmap/actions/${actionIds[0]}`).expect(200)).body.version;
    await pm.patch(`${url}/roadmap/actions/${actionIds[0]}`).send({ version, responsibleEntity: 'Ministry of Transport' }).expect(200);
    const added = (await lead.post(`${url}/roadmap/actions`).send(actionInput(findingIds, { title: 'Train venue security staff' })).expect(201)).body;
    // Progress is not a change of plan.
    await focal.post(`${url}/roadmap/actions/${actionIds[1]}/progress`).send({ status: 'in_progress', percent: 30 }).expect(201);
    const deleted = await pm.delete(`${url}/roadmap/actions/${actionIds[1]}`).expect(409);
    expect(deleted.body.detail).toContain('During implementation an action is cancelled, with a reason, through a progress update.');

    const diff = (await lead.get(`${url}/roadmap/baseline-diff`).expect(200)).body;
    expect(diff.actions.added.map((a: { id: string; code: string }) => [a.id, a.code])).toEqual([[added.id, 'A-03']]);
    expect(diff.actions.removed).toEqual([]);
    expect(diff.actions.changed).toEqual([
      { id: actionIds[0], code: 'A-01', changes: [{ field: 'responsibleEntity', before: 'National Civil Aviation Agency', after: 'Ministry of Transport' }] },
    ]);
    await focal.get(`${url}/roadmap/baseline-diff`).expect(403);
  });

  it('records mentoring sessions and trainings linked to actions, refusing what does not add up', async () => {
    const other = await implementing({ country: 'CIV' });
    const { url, actionIds } = await implementing({ country: 'BFA', focal, actions: [{}, {}] });
    const member = await signIn(t, 'mission_member');
    await addMember(t, url.split('/').pop() as string, member.userId, 'mission_member');

    const session = { date: '2027-01-19', mentor: ' UNOCT expert ', topics: ['Venue risk assessment', 'Drone incidents'], actionIds: [actionIds[0]] };
    const created = (await member.post(`${url}/mentoring-sessions`).send(session).expect(201)).body;
    expect(created).toMatchObject({ date: '2027-01-19', mentor: 'UNOCT expert', topics: session.topics, actionIds: [actionIds[0]], actionCodes: ['A-01'] });
    const foreign = await pm.post(`${url}/mentoring-sessions`).send({ ...session, actionIds: [actionIds[1], other.actionIds[0]] }).expect(400);
    expect(foreign.body.errors).toEqual([{ field: 'actionIds[1]', message: 'each action must be an action of this engagement' }]);
    await pm.post(`${url}/mentoring-sessions`).send({ ...session, actionIds: [] }).expect(400);
    await focal.post(`${url}/mentoring-sessions`).send(session).expect(403);

    const training = {
      course: 'risk_assessment',
      startDate: '2027-02-08',
      endDate: '2027-02-12',
      participants: { total: 24, women: 9, men: 15 },
      institutions: ['Ministry of Security', 'Civil Protection'],
      actionIds,
      preTestAverage: 54.5,
      postTestAverage: 81,
    };
    const delivered = (await pm.post(`${url}/trainings`).send(training).expect(201)).body;
    expect(delivered).toMatchObject({ ...training, actionCodes: ['A-01', 'A-02'] });
    const crowd = await pm.post(`${url}/trainings`).send({ ...training, participants: { total: 10, women: 6, men: 5 }, endDate: '2027-02-01' }).expect(400);
    expect(crowd.body.errors.map((e: { field: string }) => e.field)).toEqual(['endDate', 'participants']);
    const unknown = await pm.post(`${url}/trainings`).send({ ...training, course: 'cooking', participants: { total: -1, women: 0, men: 0 } }).expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['course', 'participants.total']);

    expect((await focal.get(`${url}/mentoring-sessions`).expect(200)).body).toEqual([created]);
    expect((await focal.get(`${url}/trainings`).expect(200)).body).toEqual([delivered]);
  });
});
