import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { csrfOf, Session, signIn } from '../utils/sessions';

describe('Web pages over HTTP', () => {
  let t: TestApp;
  let pm: Session;
  let engagementId: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('serves HTML pages under /app with the security headers, and the API stays JSON', async () => {
    const page = await pm.get('/app/portfolio').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toMatch(/<label for="filter-stage">Stage<\/label>/);
    expect((await t.http().get('/app/assets/htmx.min.js').expect(200)).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await t.http().get('/app/assets/app.css').expect(200)).headers['content-type']).toBe('text/css; charset=utf-8');
    const api = await t.http().get('/api/engagements').expect(401);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('sends a visitor without a session to the sign-in page and back to where they were going', async () => {
    const response = await t.http().get(`/app/engagements/${engagementId}`).expect(303);
    expect(response.headers.location).toBe(`/app/login?next=${encodeURIComponent(`/app/engagements/${engagementId}`)}`);
    const { cookie, token } = await csrfOf(t);
    const login = await t
      .http()
      .post('/app/login')
      .set('cookie', cookie)
      .type('form')
      .send({ _csrf: token, email: pm.email, password: 'test-password-long-enough', next: `/app/engagements/${engagementId}` })
      .expect(303);
    expect(login.headers.location).toBe(`/app/engagements/${engagementId}`);
    expect(String(login.headers['set-cookie'])).toMatch(/vt_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict/);
    // Never another site.
    const elsewhere = await t.http().post('/app/login').set('cookie', cookie).type('form').send({ _csrf: token, email: pm.email, password: 'test-password-long-enough', next: 'https://evil.example/app' }).expect(303);
    expect(elsewhere.headers.location).toBe('/app');
  });

  it('refuses every form without its CSRF token, and changes nothing', async () => {
    const { cookie, token } = await csrfOf(t);
    const forged = await pm.post(`/app/engagements/${engagementId}/events`).type('form').send({ type: 'SUSPEND', comment: 'forged' }).expect(403);
    expect(forged.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(forged.text).toContain('This form did not come from this site, or it has expired. Reload the page and send it again.');
    await pm.post(`/app/engagements/${engagementId}/events`).set('cookie', cookie).type('form').send({ type: 'SUSPEND', comment: 'forged', _csrf: 'x' + token }).expect(403);
    await t.http().post('/app/login').type('form').send({ email: pm.email, password: 'test-password-long-enough' }).expect(403);
    expect((await pm.get(`/api/engagements/${engagementId}`).expect(200)).body.stage).toBe('scoping.planning');
    // With the token, the same form works.
    await pm.post(`/app/engagements/${engagementId}/events`).set('cookie', cookie).type('form').send({ type: 'SUSPEND', comment: 'Elections', _csrf: token }).expect(303);
    expect((await pm.get(`/api/engagements/${engagementId}`).expect(200)).body.stage).toBe('suspended');
    await pm.post(`/app/engagements/${engagementId}/events`).set('cookie', cookie).type('form').send({ type: 'RESUME', _csrf: token }).expect(303);
  });

  it('shows a refused event with its reasons in the page, with the status the API would give', async () => {
    const { cookie, token } = await csrfOf(t);
    const refused = await pm.post(`/app/engagements/${engagementId}/events`).set('cookie', cookie).type('form').send({ type: 'START_MISSION', _csrf: token }).expect(422);
    expect(refused.text).toContain('No mission has both its dates and a lead yet.');
    const unknown = await pm.get('/app/engagements/00000000-0000-4000-8000-000000000000').expect(404);
    expect(unknown.text).toContain('There is no engagement 00000000-0000-4000-8000-000000000000, or it is not yours to see.');
  });
});
