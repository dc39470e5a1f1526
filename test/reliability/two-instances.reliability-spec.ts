import { DataDirectoryInUseError } from '../../src/database/data-dir-lock';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { createTestDatabase, currentEngine, TestDatabase } from '../utils/database';
import { engagementInput } from '../factories/engagement.factory';
import { missionInput } from '../factories/mission.factory';
import { recordFigure } from '../utils/figures';
import { addMember, sessionOf, signIn } from '../utils/sessions';

const EVENTS = 50;

describe('Two app instances on one database', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await createTestApp({ database });
  });
  afterAll(async () => {
    await b?.stop();
    await a.close();
  });

  if (currentEngine() === 'server') {
    it(`splits ${EVENTS} conflicting events across both: exactly one wins, and the history has exactly its row`, async () => {
      b = await createTestApp({ database });
      const pmA = await signIn(a, 'programme_manager');
      const pmB = await sessionOf(b, pmA.email, 'test-password-long-enough');
      const lead = await signIn(a, 'mission_member');
      const id = (await pmA.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id as string;
      await addMember(a, id, lead.userId, 'mission_lead');
      await pmA.post(`/api/engagements/${id}/missions`).send(missionInput({ leadId: lead.userId })).expect(201);
      // Every request wants to move the engagement from planning to fieldwork: only one of them can.
      const responses = await Promise.all(
        Array.from({ length: EVENTS }, (_, i) => (i % 2 === 0 ? pmA : pmB).post(`/api/engagements/${id}/events`).send({ type: 'START_MISSION' })),
      );
      const winners = responses.filter((response) => response.status === 200);
      const refused = responses.filter((response) => response.status === 422 || response.status === 409);
      expect(winners).toHaveLength(1);
      expect(refused).toHaveLength(EVENTS - 1);
      const stage = (await pmB.get(`/api/engagements/${id}`).expect(200)).body.stage as string;
      const history = (await pmA.get(`/api/engagements/${id}/history`).expect(200)).body as { from: string; to: string; event: string }[];
      expect(history).toHaveLength(1);
      expect(stage).toBe('scoping.fieldwork');
      expect(history[0]).toMatchObject({ from: 'scoping.planning', to: 'scoping.fieldwork', event: 'START_MISSION' });
      expect(winners[0].body.stage).toBe(stage);
      recordFigure('two instances, one PostgreSQL', 'conflicting events → winners, history rows', `${EVENTS} START_MISSION (25 per instance) → ${winners.length} winner, ${refused.length} refused, ${history.length} history row`);
    });
  } else {
    it('refuses a second instance on the embedded engine: one process owns the data directory', async () => {
      await expect(createTestApp({ database })).rejects.toThrow(DataDirectoryInUseError);
      const pm = await signIn(a, 'programme_manager');
      await pm.get('/api/engagements').expect(200);
      recordFigure('two instances, one PostgreSQL', 'second instance on the embedded data directory', 'refused (DataDirectoryInUseError); the first serves on');
    });
  }
});
