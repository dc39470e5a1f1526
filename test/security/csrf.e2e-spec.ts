import { engagementInput } from '../factories/engagement.factory';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { csrfOf, Session, signIn, TEST_PASSWORD } from '../utils/sessions';

/**
 * Issue #14, item 4: cross-site request forgery beyond SameSite. A same-site page (a sibling origin sends the
 * SameSite=Strict cookie) must not drive the API or the pages with the browser's session, and a cross-site form
 * must not sign the browser in.
 */
describe('CSRF: cookie-authenticated writes, normalised paths, sign-in forms', () => {
  let t: TestApp;
  let pm: Session;
  let engagementId: string;
  let sessionCookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id;
    sessionCookie = `vt_session=${pm.token}`;
  });
  afterAll(() => t.close());

  const stage = async (): Promise<string> => (await pm.get(`/api/engagements/${engagementId}`).expect(200)).body.stage;
  const events = (): string => `/api/engagements/${engagementId}/events`;
  // supertest listens on a new port for each request: the service's own origin is named by a fixed Host.
  const HOST = 'roadmaps.test';
  const ownOrigin = (): string => `http://${HOST}`;

  describe('API writes with the session cookie', () => {
    it.each([
      ['a URL-encoded form', 'application/x-www-form-urlencoded', 'type=SUSPEND&comment=forged'],
      ['a multipart form', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="type"\r\n\r\nSUSPEND\r\n--x--\r\n'],
      ['text/plain', 'text/plain', '{"type":"SUSPEND","comment":"forged"}'],
    ])('refuses %s with 415 and changes nothing', async (_kind, contentType, body) => {
      const response = await t.http().post(events()).set('cookie', sessionCookie).set('content-type', contentType).send(body);
      expect(response.status).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await stage()).toBe('scoping.planning');
    });

    it.each([
      ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
      ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['a sibling Origin', { origin: 'http://intranet.127.0.0.1.nip.io' }],
      ['Origin: null', { origin: 'null' }],
    ])('refuses JSON from %s with 403 problem+json that says why', async (_kind, headers) => {
      const response = await t.http().post(events()).set('cookie', sessionCookie).set(headers).send({ type: 'SUSPEND', comment: 'forged' });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toMatch(/another site|origin/i);
      expect(await stage()).toBe('scoping.planning');
    });

    it('accepts JSON from its own pages (same-origin), and from a client that sends neither header', async () => {
      await t.http().post(events()).set('cookie', sessionCookie).set('host', HOST).set('sec-fetch-site', 'same-origin').set('origin', ownOrigin()).send({ type: 'SUSPEND', comment: 'Elections' }).expect(200);
      await t.http().post(events()).set('cookie', sessionCookie).send({ type: 'RESUME' }).expect(200);
      await t.http().post(events()).set('cookie', sessionCookie).set('host', HOST).set('origin', ownOrigin()).send({ type: 'SUSPEND', comment: 'Elections' }).expect(200);
      await t.http().post(events()).set('cookie', sessionCookie).set('sec-fetch-site', 'none').send({ type: 'RESUME' }).expect(200);
      expect(await stage()).toBe('scoping.planning');
    });

    it('leaves bearer-authenticated calls (scripts, other tools) as they were', async () => {
      await pm.post(events()).set('origin', 'http://elsewhere.example.org').set('sec-fetch-site', 'cross-site').send({ type: 'SUSPEND', comment: 'Elections' }).expect(200);
      await pm.post(events()).send({ type: 'RESUME' }).expect(200);
    });

    it('keeps the upload types on the upload routes only', async () => {
      const csv = await t.http().post(`/api/engagements/${engagementId}/findings/import`).set('cookie', sessionCookie).set('content-type', 'text/csv').send('code,kind\n');
      expect(csv.status).not.toBe(415);
      const csvElsewhere = await t.http().post(events()).set('cookie', sessionCookie).set('content-type', 'text/csv').send('type\nSUSPEND\n');
      expect(csvElsewhere.status).toBe(415);
      expect(await stage()).toBe('scoping.planning');
    });
  });

  describe('POST /api/auth/login sets a cookie, so it takes JSON from this site only', () => {
    it('refuses a cross-site form and signs nobody in', async () => {
      const form = await t.http().post('/api/auth/login').type('form').send({ email: pm.email, password: TEST_PASSWORD });
      expect(form.status).toBe(415);
      expect(form.headers['set-cookie']).toBeUndefined();
      const plain = await t.http().post('/api/auth/login').set('content-type', 'text/plain').send(JSON.stringify({ email: pm.email, password: TEST_PASSWORD }));
      expect(plain.status).toBe(415);
      expect(plain.headers['set-cookie']).toBeUndefined();
      const sibling = await t.http().post('/api/auth/login').set('sec-fetch-site', 'same-site').send({ email: pm.email, password: TEST_PASSWORD });
      expect(sibling.status).toBe(403);
      expect(sibling.headers['set-cookie']).toBeUndefined();
      const foreign = await t.http().post('/api/auth/login').set('origin', 'http://evil.example').send({ email: pm.email, password: TEST_PASSWORD });
      expect(foreign.status).toBe(403);
      expect(foreign.headers['set-cookie']).toBeUndefined();
    });

    it('signs in from its own page and from a script', async () => {
      await t.http().post('/api/auth/login').set('sec-fetch-site', 'same-origin').send({ email: pm.email, password: TEST_PASSWORD }).expect(200);
      await t.http().post('/api/auth/login').send({ email: pm.email, password: TEST_PASSWORD }).expect(200);
    });
  });

  describe('pages: the CSRF token is checked on the normalised path, and the Origin too', () => {
    it.each([['/%61pp'], ['/%61%70%70'], ['/app/../app'], ['//app'], ['/APP'], ['/app/.'], ['/api/../app']])(
      'refuses a form posted to %s/engagements/:id/events without a token, and changes nothing',
      async (prefix) => {
        const path = `${prefix}/engagements/${engagementId}/events`;
        const response = await t.http().post(path).set('cookie', sessionCookie).type('form').send({ type: 'SUSPEND', comment: 'forged' });
        expect([403, 404]).toContain(response.status);
        expect(await stage()).toBe('scoping.planning');
      },
    );

    it('answers a refused form at an encoded /app path with a page, like /app itself', async () => {
      const response = await t.http().post(`/%61pp/engagements/${engagementId}/events`).set('cookie', sessionCookie).type('form').send({ type: 'SUSPEND', comment: 'forged' });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('This form did not come from this site');
    });

    it('refuses a form with a valid token from a sibling origin', async () => {
      const { cookie, token } = await csrfOf(t);
      const response = await t
        .http()
        .post(`/app/engagements/${engagementId}/events`)
        .set('cookie', `${cookie}; ${sessionCookie}`)
        .set('origin', 'http://intranet.127.0.0.1.nip.io')
        .set('sec-fetch-site', 'same-site')
        .type('form')
        .send({ type: 'SUSPEND', comment: 'forged', _csrf: token });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(await stage()).toBe('scoping.planning');
      // The same form from the page itself goes through.
      await t
        .http()
        .post(`/app/engagements/${engagementId}/events`)
        .set('cookie', `${cookie}; ${sessionCookie}`)
        .set('host', HOST)
        .set('origin', ownOrigin())
        .set('sec-fetch-site', 'same-origin')
        .type('form')
        .send({ type: 'SUSPEND', comment: 'Elections', _csrf: token })
        .expect(303);
      await pm.post(events()).send({ type: 'RESUME' }).expect(200);
    });
  });

  describe('the sign-in form carries a token (login CSRF)', () => {
    it('has a token in the form, and a post without it signs nobody in', async () => {
      const page = await t.http().get('/app/login').expect(200);
      expect(page.text).toMatch(/<form method="post" action="\/app\/login"[^>]*>\s*<input type="hidden" name="_csrf" value="[^"]+">/);
      const forged = await t.http().post('/app/login').type('form').send({ email: pm.email, password: TEST_PASSWORD });
      expect(forged.status).toBe(403);
      expect(String(forged.headers['set-cookie'] ?? '')).not.toContain('vt_session=');
      const encoded = await t.http().post('/%61pp/login').type('form').send({ email: pm.email, password: TEST_PASSWORD });
      expect(encoded.status).toBe(403);
      expect(String(encoded.headers['set-cookie'] ?? '')).not.toContain('vt_session=');
      const { cookie, token } = await csrfOf(t);
      const crossSite = await t.http().post('/app/login').set('cookie', cookie).set('sec-fetch-site', 'cross-site').type('form').send({ _csrf: token, email: pm.email, password: TEST_PASSWORD });
      expect(crossSite.status).toBe(403);
      expect(String(crossSite.headers['set-cookie'] ?? '')).not.toContain('vt_session=');
    });
  });
});
