import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { consultationInput, missionInput } from '../factories/mission.factory';
import { addMember, Session, signIn } from '../utils/sessions';

describe('The engagement pipeline over HTTP', () => {
  let t: TestApp;
  let pm: Session;
  let lead: Session;
  let member: Session;
  let observer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    lead = await signIn(t, 'mission_member');
    member = await signIn(t, 'mission_member');
    observer = await signIn(t, 'partner_viewer');
  });
  afterAll(() => t.close());

  async function openEngagement(country: string, thematicAreas = ['uas', 'religious_sites']): Promise<string> {
    const id = (await pm.post('/api/engagements').send(engagementInput({ country, thematicAreas })).expect(201)).body.id as string;
    await addMember(t, id, lead.userId, 'mission_lead');
    await addMember(t, id, member.userId, 'mission_member');
    await addMember(t, id, observer.userId, 'observer');
    return id;
  }

  const send = (session: Session, id: string, type: string, comment?: string) =>
    session.post(`/api/engagements/${id}/events`).send(comment ? { type, comment } : { type });

  const reasonsFor = async (session: Session, id: string, type: string): Promise<string[]> => {
    const options = (await session.get(`/api/engagements/${id}/transitions`).expect(200)).body as { type: string; reasons: string[] }[];
    return options.find((option) => option.type === type)?.reasons ?? [];
  };

  it('walks from planning to roadmap drafting, refusing each step until its facts are there', async () => {
    const id = await openEngagement('TGO');
    const url = `/api/engagements/${id}`;

    // Planning: START_MISSION needs a mission with dates and a lead.
    expect(await reasonsFor(lead, id, 'START_MISSION')).toEqual(['No mission has both its dates and a lead yet.']);
    const refused = await send(lead, id, 'START_MISSION').expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'EVENT_REFUSED', reasons: ['No mission has both its dates and a lead yet.'] });
    const mission = (await member.post(`${url}/missions`).send(missionInput({ leadId: lead.userId, teamIds: [member.userId] })).expect(201)).body;
    expect(await reasonsFor(lead, id, 'START_MISSION')).toEqual([]);
    expect((await send(lead, id, 'START_MISSION').expect(200)).body).toMatchObject({ stage: 'scoping.fieldwork', version: 2, daysInStage: 0, overdue: false });

    // Fieldwork: COMPLETE_MISSION needs a consultation.
    expect((await send(lead, id, 'COMPLETE_MISSION').expect(422)).body.reasons).toEqual(['The mission has no consultation recorded yet.']);
    await member.post(`${url}/missions/${mission.id}/consultations`).send(consultationInput()).expect(201);
    expect((await send(lead, id, 'COMPLETE_MISSION').expect(200)).body.stage).toBe('gapAssessment');

    // Gap assessment: validated findings, none in draft, every area in scope covered.
    expect((await send(lead, id, 'SUBMIT_ASSESSMENT').expect(422)).body.reasons).toEqual([
      'No finding has been validated yet.',
      'The thematic area uas has no validated finding.',
      'The thematic area religious_sites has no validated finding.',
    ]);
    const uas = (await member.post(`${url}/findings`).send(findingInput({ missionId: mission.id })).expect(201)).body;
    const religious = (await member
      .post(`${url}/findings`)
      .send(findingInput({ thematicArea: 'religious_sites', kind: 'good_practice', level: 4, title: 'Joint security committees at places of worship' }))
      .expect(201)).body;
    await lead.post(`${url}/findings/${uas.id}/validate`).expect(200);
    expect((await send(lead, id, 'SUBMIT_ASSESSMENT').expect(422)).body.reasons).toEqual([
      '1 finding is still in draft.',
      'The thematic area religious_sites has no validated finding.',
    ]);
    await lead.post(`${url}/findings/${religious.id}/validate`).expect(200);
    expect((await send(lead, id, 'SUBMIT_ASSESSMENT', 'assessment complete').expect(200)).body.stage).toBe('roadmap.drafting');

    // Roadmap drafting: no version yet, so it cannot be released; the lead may not send programme-manager events.
    expect((await send(pm, id, 'RELEASE_DRAFT').expect(422)).body.reasons).toEqual(['No roadmap version has been created yet.']);
    expect((await send(lead, id, 'SUSPEND', 'elections').expect(403)).body.code).toBe('FORBIDDEN');

    const history = (await observer.get(`${url}/history`).expect(200)).body;
    expect(history.map((h: { from: string; to: string; event: string }) => `${h.from} -${h.event}-> ${h.to}`)).toEqual([
      'scoping.planning -START_MISSION-> scoping.fieldwork',
      'scoping.fieldwork -COMPLETE_MISSION-> gapAssessment',
      'gapAssessment -SUBMIT_ASSESSMENT-> roadmap.drafting',
    ]);
    // Partner viewers read the stages and who moved them; the programme's words are for the programme.
    expect(history[2]).toMatchObject({ actorId: lead.userId, actorEmail: lead.email, comment: null });
    expect((await lead.get(`${url}/history`).expect(200)).body[2]).toMatchObject({ comment: 'assessment complete' });
  });

  it('lists every event with whether the caller may send it now and why not', async () => {
    const id = await openEngagement('TUN');
    const asLead = (await lead.get(`/api/engagements/${id}/transitions`).expect(200)).body as { type: string; allowed: boolean; reasons: string[] }[];
    expect(asLead).toHaveLength(13);
    expect(asLead.find((o) => o.type === 'SUSPEND')).toMatchObject({
      allowed: false,
      reasons: ['Your part in this engagement does not allow sending this event.'],
    });
    const asPm = (await pm.get(`/api/engagements/${id}/transitions`).expect(200)).body as { type: string; allowed: boolean }[];
    expect(asPm.filter((o) => o.allowed).map((o) => o.type).sort()).toEqual(['SUSPEND', 'WITHDRAW']);
    expect((await observer.get(`/api/engagements/${id}/transitions`).expect(200)).body).toHaveLength(13);
    await observer.post(`/api/engagements/${id}/events`).send({ type: 'SUSPEND', comment: 'x' }).expect(403);
  });

  it('suspends and resumes to the same stage, needs a reason, and withdraws for good', async () => {
    const id = await openEngagement('TJK');
    await member.post(`/api/engagements/${id}/missions`).send(missionInput({ leadId: lead.userId })).expect(201);
    await send(lead, id, 'START_MISSION').expect(200);
    expect((await send(pm, id, 'SUSPEND').expect(422)).body.reasons).toEqual(['A reason is required to suspend the engagement.']);
    expect((await send(pm, id, 'SUSPEND', 'security situation').expect(200)).body.stage).toBe('suspended');
    expect((await send(lead, id, 'COMPLETE_MISSION').expect(422)).body.reasons).toEqual(['COMPLETE_MISSION is not possible in the stage suspended.']);
    expect((await send(pm, id, 'RESUME').expect(200)).body.stage).toBe('scoping.fieldwork');
    expect((await send(pm, id, 'WITHDRAW', 'request of the State').expect(200)).body.stage).toBe('withdrawn');
    expect((await send(pm, id, 'RESUME').expect(422)).body.reasons).toEqual(['RESUME is not possible in the stage withdrawn.']);
    // A withdrawn engagement no longer blocks a new one for the same State.
    await pm.post('/api/engagements').send(engagementInput({ country: 'TJK' })).expect(201);
  });

  it('answers 409 to an event sent with a stale version', async () => {
    const id = await openEngagement('BEN');
    const response = await pm.post(`/api/engagements/${id}/events`).send({ type: 'SUSPEND', comment: 'x', version: 7 }).expect(409);
    expect(response.body.code).toBe('STALE_VERSION');
  });

  it('lets exactly one of 20 concurrent events win, with one history row', async () => {
    const id = await openEngagement('MLI');
    await member.post(`/api/engagements/${id}/missions`).send(missionInput({ leadId: lead.userId })).expect(201);
    const starts = await Promise.all(Array.from({ length: 20 }, (_, i) => send(i % 2 === 0 ? lead : pm, id, 'START_MISSION')));
    expect(starts.map((r) => r.status).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 422)]);
    expect(starts.find((r) => r.status === 422)?.body.reasons).toEqual(['START_MISSION is not possible in the stage scoping.fieldwork.']);

    // The same version sent 20 times: the first writer wins, the others learn their version is stale.
    const suspensions = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pm.post(`/api/engagements/${id}/events`).send({ type: 'SUSPEND', comment: `reason ${i}`, version: 2 })),
    );
    const statuses = suspensions.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const history = (await pm.get(`/api/engagements/${id}/history`).expect(200)).body;
    expect(history.map((h: { event: string }) => h.event)).toEqual(['START_MISSION', 'SUSPEND']);
    const engagement = (await pm.get(`/api/engagements/${id}`).expect(200)).body;
    expect(engagement).toMatchObject({ version: 3, stage: 'suspended' });
  });

  it('publishes stage targets and flags an engagement overdue past them', async () => {
    const id = await openEngagement('NER');
    const fresh = (await pm.get(`/api/engagements/${id}`).expect(200)).body;
    expect(fresh).toMatchObject({ stage: 'scoping.planning', daysInStage: 0, stageTargetDays: 60, overdue: false });
    await t.app.get(DataSource).query(`UPDATE engagements SET stage_entered_at = now() - interval '61 days' WHERE id = $1`, [id]);
    expect((await pm.get(`/api/engagements/${id}`).expect(200)).body).toMatchObject({ daysInStage: 61, overdue: true });
    await t.app.get(DataSource).query(`UPDATE engagements SET stage_entered_at = now() - interval '60 days' WHERE id = $1`, [id]);
    expect((await pm.get(`/api/engagements/${id}`).expect(200)).body).toMatchObject({ daysInStage: 60, overdue: false });
  });
});
