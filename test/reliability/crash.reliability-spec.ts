import { setTimeout as sleep } from 'node:timers/promises';
import { findingInput } from '../factories/finding.factory';
import { createTestDatabase, currentEngine, TestDatabase } from '../utils/database';
import { recordFigure } from '../utils/figures';
import { RunningService, startService } from '../utils/run-main';

const CYCLES = 3;
const ADMIN = { email: 'crash.admin@test.example.org', password: 'crash-password-2026' };

interface Client {
  token: string;
  call: (method: string, path: string, body?: object) => Promise<{ status: number; body: Record<string, unknown> }>;
}

async function signIn(url: string): Promise<Client> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const token = ((await response.json()) as { accessToken: string }).accessToken;
  return {
    token,
    call: async (method, path, body) => {
      const answer = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: answer.status, body: (await answer.json().catch(() => ({}))) as Record<string, unknown> };
    },
  };
}

const finding = (n: number): object => findingInput({ title: `Finding written under load ${n}`, evidence: [], frameworkRefs: [] });

describe('SIGKILL under a stream of writes', () => {
  let database: TestDatabase;
  let service: RunningService | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    service?.child.kill('SIGKILL');
    await database.drop();
  });

  const env = (): Record<string, string> => ({
    DEMO_DATA: 'off',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'a crash test secret of at least thirty-two characters',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }),
  });

  it(`loses no acknowledged write and leaves no half transition, over ${CYCLES} kills`, async () => {
    service = await startService(env());
    let client = await signIn(service.url);
    const engagement = await client.call('POST', '/api/engagements', { country: 'TGO', title: 'Togo under load', thematicAreas: ['uas'], languages: ['fr'] });
    expect(engagement.status).toBe(201);
    const id = engagement.body.id as string;
    const acknowledgedFindings = new Set<string>();
    let acknowledgedEvents = 0;
    let requestsInFlightAtKill = 0;

    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      let stop = false;
      let inFlight = 0;
      const writer = async (): Promise<void> => {
        for (let n = 0; !stop; n += 1) {
          inFlight += 1;
          try {
            const created = await client.call('POST', `/api/engagements/${id}/findings`, finding(n));
            if (created.status === 201) acknowledgedFindings.add(created.body.id as string);
          } catch {
            return; // the connection died with the process
          } finally {
            inFlight -= 1;
          }
        }
      };
      const eventer = async (): Promise<void> => {
        while (!stop) {
          const current = await client.call('GET', `/api/engagements/${id}`).catch(() => null);
          const stage = current?.body.stage;
          if (!stage) return;
          const event = stage === 'suspended' ? { type: 'RESUME' } : { type: 'SUSPEND', comment: 'load test' };
          try {
            const sent = await client.call('POST', `/api/engagements/${id}/events`, event);
            if (sent.status === 200) acknowledgedEvents += 1;
          } catch {
            return;
          }
        }
      };
      const load = Promise.all([writer(), writer(), writer(), eventer()]);
      await sleep(1500 + cycle * 500);
      requestsInFlightAtKill += inFlight;
      service.child.kill('SIGKILL');
      stop = true;
      await service.exited;
      await load;

      // The same data directory (or database) again: it opens, and everything acknowledged is there.
      service = await startService(env());
      client = await signIn(service.url);
      const health = await client.call('GET', '/api/health');
      expect(health.status).toBe(200);
      const stored = new Set<string>();
      const numbers: number[] = [];
      for (let offset = 0; ; offset += 200) {
        const page = await client.call('GET', `/api/engagements/${id}/findings?limit=200&offset=${offset}`);
        const items = page.body.items as { id: string; code: string }[];
        items.forEach((item) => {
          stored.add(item.id);
          numbers.push(Number(item.code.split('-').at(-1)));
        });
        if (items.length < 200) break;
      }
      const lost = [...acknowledgedFindings].filter((findingId) => !stored.has(findingId));
      expect(lost).toEqual([]);
      // Codes stay gap-free: a finding committed with its number, or neither happened.
      expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      const history = (await client.call('GET', `/api/engagements/${id}/history`)).body as unknown as { from: string; to: string }[];
      const current = (await client.call('GET', `/api/engagements/${id}`)).body.stage as string;
      // No half transition: the stage is where the last history row went, and each row starts where the one before ended.
      expect(history.at(-1)?.to ?? 'scoping.planning').toBe(current);
      history.slice(1).forEach((row, index) => expect(row.from).toBe(history[index].to));
      expect(history.length).toBeGreaterThanOrEqual(acknowledgedEvents);
      expect(history.length).toBeLessThanOrEqual(acknowledgedEvents + 1);
      expect((await client.call('GET', `/api/engagements/${id}/transitions`)).status).toBe(200);
      acknowledgedEvents = history.length;
      // And it takes new writes.
      expect((await client.call('POST', `/api/engagements/${id}/findings`, finding(-1))).status).toBe(201);
    }
    const numbers = await client.call('GET', `/api/engagements/${id}/findings?limit=200`);
    const total = numbers.body.total as number;
    recordFigure('SIGKILL under writes', 'kills, acknowledged findings / events', `${CYCLES}, ${acknowledgedFindings.size} / ${acknowledgedEvents}`);
    recordFigure('SIGKILL under writes', 'requests in flight at the kills', requestsInFlightAtKill);
    recordFigure('SIGKILL under writes', 'acknowledged writes lost, half transitions', `0, 0 (${total} findings after the last restart)`);
    recordFigure('SIGKILL under writes', `${currentEngine() === 'embedded' ? 'embedded data directory' : 'database'} after each kill`, 'opens, migrates, serves and writes');
  });
});
