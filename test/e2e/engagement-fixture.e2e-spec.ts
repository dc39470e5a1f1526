import { DataSource } from 'typeorm';
import { Engagement } from '../../src/engagements/engagement.entity';
import {
  allStages,
  decide,
  EngagementEventType,
  FACTS_SATISFYING_EVERY_GUARD,
  initialSnapshot,
  stageOf,
  transitionOptions,
} from '../../src/engagements/machine/engagement.machine';
import { PipelineFactsRepository } from '../../src/engagements/pipeline-facts.repository';
import { fixtures, Fixtures } from '../factories/engagement.fixture';
import { findingInput } from '../factories/finding.factory';
import { shortestWalk } from '../factories/machine-walk';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, signIn } from '../utils/sessions';

interface Option {
  type: EngagementEventType;
  allowed: boolean;
  inStage: boolean;
}

/**
 * The fixture writes the database the way the pipeline does, so that a spec may start in any stage: this
 * checks, stage by stage, that the app reads what it wrote as that stage and moves it on as the machine says.
 */
describe('Engagements inserted in any stage by the fixture', () => {
  let t: TestApp;
  let pm: Session;
  let ctx: Fixtures;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    ctx = fixtures(t);
  });
  afterAll(() => t.close());

  it.each(allStages())('%s: the API reports the stage, the machine\u2019s events for it and the walk that led there', async (stage) => {
    const walk = shortestWalk(stage);
    const { id, url } = await ctx.newEngagement({ stage });
    expect((await pm.get(url).expect(200)).body).toMatchObject({ id, stage, version: 1 + walk.length, daysInStage: 0 });

    const options = (await pm.get(`${url}/transitions`).expect(200)).body as Option[];
    const machine = transitionOptions(walk.at(-1)?.snapshot ?? initialSnapshot(), FACTS_SATISFYING_EVERY_GUARD);
    expect(options.map((option) => [option.type, option.inStage])).toEqual(machine.map((option) => [option.type, option.inStage]));

    const history = (await pm.get(`${url}/history`).expect(200)).body as { from: string; to: string; event: string }[];
    expect(history.map((h) => `${h.from} -${h.event}-> ${h.to}`)).toEqual(walk.map((step) => `${step.from} -${step.event}-> ${step.to}`));

    // What the stage implies is there: every guard of the walk passes on the facts the app loads now.
    const db = t.app.get(DataSource);
    const facts = await db.transaction(async (em) => t.app.get(PipelineFactsRepository).load(await em.findOneByOrFail(Engagement, { id }), em));
    const refused = walk
      .map((step, index) => ({ step, outcome: decide(index === 0 ? initialSnapshot() : walk[index - 1].snapshot, { type: step.event, facts, comment: 'a reason' }) }))
      .filter(({ outcome }) => !outcome.allowed)
      .map(({ step, outcome }) => ({ event: step.event, reasons: outcome.allowed ? [] : outcome.reasons }));
    expect(refused).toEqual([]);
  });

  it.each(allStages())('%s: every event the API allows moves the engagement where the machine says', async (stage) => {
    const { url } = await ctx.newEngagement({ stage });
    const allowed = ((await pm.get(`${url}/transitions`).expect(200)).body as Option[]).filter((option) => option.allowed).map((option) => option.type);
    const before = shortestWalk(stage).at(-1)?.snapshot ?? initialSnapshot();
    // Suspending and withdrawing need no facts: only a final stage allows nothing.
    const final = transitionOptions(before, FACTS_SATISFYING_EVERY_GUARD).every((option) => !option.inStage);
    expect({ stage, anyAllowed: allowed.length > 0 }).toEqual({ stage, anyAllowed: !final });
    for (const event of allowed) {
      const fresh = await ctx.newEngagement({ stage });
      const outcome = decide(before, { type: event, facts: FACTS_SATISFYING_EVERY_GUARD, comment: 'a reason' });
      const expected = outcome.allowed ? stageOf(outcome.next.value) : 'refused by the machine';
      const moved = (await pm.post(`${fresh.url}/events`).send({ type: event, comment: 'a reason' }).expect(200)).body;
      expect({ event, stage: moved.stage }).toEqual({ event, stage: expected });
    }
  });

  it('suspends and resumes back into the stage it stored, with the history the machine keeps', async () => {
    const { url } = await ctx.newEngagement({ stage: 'suspended', from: 'roadmap.consultation' });
    expect((await pm.post(`${url}/events`).send({ type: 'RESUME' }).expect(200)).body.stage).toBe('roadmap.consultation');
  });

  it('takes what a test states and fills in the rest', async () => {
    const lead = await signIn(t, 'mission_member');
    const focal = await signIn(t, 'focal_point');
    const engagement = await ctx.newEngagement({
      stage: 'implementation',
      country: 'TGO',
      lead,
      focal,
      findings: [{ level: 1, title: 'Gap one' }, { level: 4, thematicArea: 'urban_centres' }, { title: 'Still a draft', status: 'draft' }],
      actions: [{ timeframe: 'medium' }, { title: 'Second action', findings: [1] }],
      progress: [{ action: 0, status: 'in_progress', percent: 40 }],
    });
    const url = engagement.url;
    expect((await pm.get(url).expect(200)).body).toMatchObject({ country: 'TGO', thematicAreas: ['uas', 'urban_centres'] });
    const findings = (await lead.get(`${url}/findings`).expect(200)).body.items as { id: string; code: string; status: string; title: string }[];
    expect(findings.map((f) => [f.id, f.code, f.status])).toEqual([
      [engagement.findingIds[0], 'TGO-F-001', 'validated'],
      [engagement.findingIds[1], 'TGO-F-002', 'validated'],
      [engagement.findingIds[2], 'TGO-F-003', 'draft'],
    ]);
    const actions = (await pm.get(`${url}/roadmap/actions`).expect(200)).body as { id: string; code: string; findingIds: string[]; status: string; progress: number }[];
    expect(actions.map((a) => [a.id, a.code, a.findingIds, a.status, a.progress])).toEqual([
      [engagement.actionIds[0], 'A-01', engagement.findingIds.slice(0, 2), 'in_progress', 40],
      [engagement.actionIds[1], 'A-02', [engagement.findingIds[1]], 'not_started', 0],
    ]);
    // The version is the app's own: the validated findings and the actions as they stood, final and released.
    const versions = (await focal.get(`${url}/roadmap/versions`).expect(200)).body;
    expect(versions).toMatchObject([{ number: 1, status: 'final', released: true }]);
    const content = (await pm.get(`${url}/roadmap/versions/1`).expect(200)).body.content;
    expect(content.findings.map((f: { title: string }) => f.title)).not.toContain('Still a draft');
    expect(content.actions.map((a: { code: string }) => a.code)).toEqual(['A-01', 'A-02']);
    expect((await focal.get(`${url}/adoption`).expect(200)).body).toMatchObject({ versionNumber: 1 });
    // The State reads its adopted plan (which only RECORD_ADOPTION in the history opens to it).
    expect((await focal.get(`${url}/implementation`).expect(200)).body.actions.map((a: { id: string }) => a.id)).toEqual(engagement.actionIds);
    // The app carries on numbering after what the fixture inserted.
    const next = (await pm.post(`${url}/findings`).send(findingInput({ title: 'Follow-up finding' })).expect(201)).body;
    expect(next.code).toBe('TGO-F-004');
  });
});

