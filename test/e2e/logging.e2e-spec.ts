import { DataSource } from 'typeorm';
import { EngagementsService } from '../../src/engagements/engagements.service';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, signIn } from '../utils/sessions';

interface LogLine {
  level: number;
  reqId?: string;
  msg: string;
  err?: { message: string; stack: string };
  req?: { method: string; url: string };
  res?: { statusCode: number };
}

describe('Structured logs and health failures', () => {
  let t: TestApp;
  const lines: string[] = [];
  const logged = (): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

  let pm: Session;

  beforeAll(async () => {
    t = await createTestApp({ config: { logLevel: 'info' }, logLines: lines });
    pm = await signIn(t, 'programme_manager');
  });
  afterAll(() => t.close());

  it('writes one JSON line per request, carrying the request id', async () => {
    lines.length = 0;
    const response = await pm.get('/api/engagements').set('x-request-id', 'req-logs-1').expect(200);
    expect(response.headers['x-request-id']).toBe('req-logs-1');
    const entries = logged().filter((entry) => entry.reqId === 'req-logs-1');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/api/engagements' }, res: { statusCode: 200 } });
  });

  it('logs an unexpected error with its stack under the same request id, never in the answer', async () => {
    lines.length = 0;
    const service = t.app.get(EngagementsService);
    jest.spyOn(service, 'list').mockRejectedValueOnce(new Error('disk on fire'));
    const response = await pm.get('/api/engagements').set('x-request-id', 'req-logs-2').expect(500);
    expect(JSON.stringify(response.body)).not.toContain('disk on fire');
    const entries = logged().filter((entry) => entry.reqId === 'req-logs-2');
    expect(entries.map((entry) => entry.msg)).toEqual(['Unexpected error', 'request errored']);
    const errorEntry = entries.find((entry) => entry.msg === 'Unexpected error');
    expect(errorEntry?.err?.message).toBe('disk on fire');
    expect(errorEntry?.err?.stack).toContain('Error: disk on fire');
    // Every line written while the request was served is attributable to it.
    expect(logged().every((entry) => entry.reqId === 'req-logs-2')).toBe(true);
  });

  it('never logs credentials sent with a request', async () => {
    lines.length = 0;
    await t.http().get('/api/health').set('authorization', 'Bearer secret-token-xyz').expect(200);
    await t.http().post('/api/auth/login').send({ email: pm.email, password: 'wrong password, secret-pass-xyz' }).expect(401);
    await pm.get('/api/auth/me').expect(200);
    const logs = lines.join('\n');
    expect(logs).not.toContain('secret-token-xyz');
    expect(logs).not.toContain('secret-pass-xyz');
    expect(logs).not.toContain(pm.token);
  });

  it('answers 503 problem+json from /api/health when the database is gone', async () => {
    await t.app.get(DataSource).destroy();
    const response = await t.http().get('/api/health').expect(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database does not answer.' });
  });
});
