import { fixtures } from '../factories/engagement.fixture';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { registeredRoutes } from '../utils/routes';
import { Session, signIn } from '../utils/sessions';

/** The two files every page loads; they carry no one's data, so browsers may keep them. */
const STATIC_ASSETS = ['/app/assets/app.css', '/app/assets/htmx.min.js', '/app/assets/document-links.js'];

/**
 * Issue #14, item 10: no response with engagement or user data is kept by a browser or a shared cache, and the
 * health check tells an anonymous caller nothing about the software it runs.
 */
describe('Response headers: Cache-Control, and what /api/health tells whom', () => {
  let t: TestApp;
  let pm: Session;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    const lead = await signIn(t, 'mission_member');
    const focal = await signIn(t, 'focal_point');
    const engagement = await fixtures(t).newEngagement({ stage: 'implementation', country: 'TGO', findings: [{}], lead, focal, actions: [{}] });
    const missions = (await pm.get(`${engagement.url}/missions`).expect(200)).body as { id: string }[];
    ids = {
      ':id': engagement.id,
      ':mid': missions[0].id,
      ':fid': engagement.findingIds[0],
      ':aid': engagement.actionIds[0],
      ':cid': '00000000-0000-4000-8000-000000000000',
      ':userId': lead.userId,
      ':n': '1',
    };
  });
  afterAll(() => t.close());

  const fill = (path: string): string => Object.entries(ids).reduce((url, [param, value]) => url.replace(param, value), path);

  it('answers every GET route, signed in or not, with Cache-Control: no-store (static assets aside)', async () => {
    const wrong: string[] = [];
    const gets = registeredRoutes(t.app).filter((route) => route.method === 'GET');
    expect(gets.length).toBeGreaterThan(40);
    for (const route of gets) {
      const url = fill(route.path) + (route.path.endsWith('/diff') ? '?against=1' : '');
      for (const [who, response] of [
        ['signed in', await pm.get(url)],
        ['anonymous', await t.http().get(url)],
      ] as const) {
        const header = String(response.headers['cache-control'] ?? '');
        if (STATIC_ASSETS.includes(route.path)) {
          if (!/public/.test(header)) wrong.push(`${route.path} (${who}): an asset should be cacheable, got "${header}"`);
        } else if (!/\bno-store\b/.test(header)) {
          wrong.push(`GET ${route.path} (${who}, ${response.status}): "${header}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps no-store on exports, documents and their revalidation, with their ETag', async () => {
    const url = `/api/engagements/${ids[':id']}`;
    for (const path of [`${url}/findings/export?format=csv`, `${url}/findings/export?format=xlsx`, '/api/portfolio?format=csv']) {
      const response = await pm.get(path).expect(200);
      expect({ path, header: response.headers['cache-control'] }).toEqual({ path, header: 'no-store' });
    }
    const pdf = await pm.get(`${url}/roadmap/versions/1/document?lang=en`).expect(200);
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.headers.etag).toBeTruthy();
    const again = await pm.get(`${url}/roadmap/versions/1/document?lang=en`).set('if-none-match', pdf.headers.etag).expect(304);
    expect(again.headers['cache-control']).toBe('no-store');
  });

  it('puts no-store on writes, refusals and unknown paths too', async () => {
    const url = `/api/engagements/${ids[':id']}`;
    const responses = [
      await pm.post(`${url}/roadmap/actions/${ids[':aid']}/progress`).send({ status: 'in_progress', percent: 10, note: 'Started' }),
      await pm.post(`${url}/findings`).send({}),
      await pm.get('/api/nothing-here'),
      await t.http().get('/app/nothing-here'),
      await t.http().post('/api/auth/login').send({ email: pm.email, password: 'wrong password here' }),
    ];
    expect(responses.map((r) => r.status)).toEqual([201, 400, 404, 404, 401]);
    for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
  });

  it('tells an anonymous caller the status only: no engine, no database or server version', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.text).not.toMatch(/PostgreSQL|version|engine|embedded|server/i);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers.server).toBeUndefined();
  });

  it('gives a signed-in caller the details', async () => {
    const response = await pm.get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: { status: 'up', engine: expect.stringMatching(/^(embedded|server)$/), version: expect.stringMatching(/^PostgreSQL \d+/), latencyMs: expect.any(Number) },
      uptimeSeconds: expect.any(Number),
    });
    // A token that does not hold is the same as none: status only, never a 401.
    expect((await t.http().get('/api/health').set('authorization', 'Bearer not-a-token').expect(200)).body).toEqual({ status: 'ok' });
  });
});
