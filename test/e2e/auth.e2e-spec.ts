import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { Session, sessionOf, signIn, TEST_PASSWORD } from '../utils/sessions';

describe('Sign-in and sessions', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, 'admin');
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, in any case of the e-mail, and returns the user without secrets', async () => {
    const user = await signIn(t, 'focal_point', { email: 'Focal.Login@Test.Example.org' });
    const response = await t.http().post('/api/auth/login').send({ email: 'FOCAL.LOGIN@test.example.org', password: TEST_PASSWORD }).expect(200);
    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expiresIn: 8 * 3600,
      user: expect.objectContaining({ id: user.userId, email: 'focal.login@test.example.org', role: 'focal_point', active: true }),
    });
    expect(Object.keys(response.body.user).sort()).toEqual(['active', 'createdAt', 'email', 'id', 'name', 'role', 'updatedAt']);
    const me = await t.http().get('/api/auth/me').set('authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.email).toBe('focal.login@test.example.org');
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ email: admin.email, password: 'not-the-password' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@test.example.org', password: 'not-the-password' }).expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('keeps the session in an HttpOnly, SameSite cookie for the web pages, and ends it on logout', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: admin.email, password: TEST_PASSWORD }).expect(200);
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('vt_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const pair = (cookie as string).split(';')[0];
    expect((await t.http().get('/api/auth/me').set('cookie', pair).expect(200)).body.email).toBe(admin.email);
    const logout = await t.http().post('/api/auth/logout').set('cookie', pair).expect(204);
    expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join()).toMatch(/vt_session=;.*Expires=Thu, 01 Jan 1970/i);
    await t.http().get('/api/auth/me').set('cookie', pair).expect(401);
    // Logging out again, or without a session, is harmless.
    await t.http().post('/api/auth/logout').set('cookie', pair).expect(204);
    await t.http().post('/api/auth/logout').expect(204);
  });

  it('ends the sessions of a deactivated user at once, and refuses their sign-in', async () => {
    const user = await signIn(t, 'mission_member');
    await user.get('/api/auth/me').expect(200);
    await admin.patch(`/api/users/${user.userId}`).send({ active: false }).expect(200);
    expect((await user.get('/api/auth/me').expect(401)).body.code).toBe('SESSION_INVALID');
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await admin.patch(`/api/users/${user.userId}`).send({ active: true }).expect(200);
    await sessionOf(t, user.email, TEST_PASSWORD);
  });

  it('refuses a token once it has expired, though it served before, and any token whose signature does not match', async () => {
    const user = await signIn(t, 'partner_viewer');
    // The same session's claims, in a token that expires in 2 seconds.
    const jwt = t.app.get(JwtService);
    const { sub, iss, aud, jti } = jwt.decode<{ sub: string; iss: string; aud: string; jti: string }>(user.token);
    const token = await jwt.signAsync({ sub, iss, aud, jti }, { expiresIn: 2 });
    const me = () => t.http().get('/api/auth/me').set('authorization', `Bearer ${token}`);
    await me().expect(200);
    await me().expect(200);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    expect((await t.http().get('/api/auth/me').set('authorization', `Bearer ${forged}`).expect(401)).body.code).toBe('SESSION_INVALID');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await me().expect(401)).body.code).toBe('SESSION_INVALID');
  });

  it('applies a role change at once: open sessions end, a new one has the new role', async () => {
    const user = await signIn(t, 'programme_manager');
    await user.get('/api/engagements').expect(200);
    await user.post('/api/engagements').send({}).expect(400);
    await admin.patch(`/api/users/${user.userId}`).send({ role: 'partner_viewer' }).expect(200);
    await user.post('/api/engagements').send({}).expect(401);
    const again = await sessionOf(t, user.email, TEST_PASSWORD);
    await again.post('/api/engagements').send({}).expect(403);
  });

  it('lets an admin reset a password: the old one stops working, and so do the open sessions', async () => {
    const user = await signIn(t, 'focal_point');
    await admin.post(`/api/users/${user.userId}/password`).send({ password: 'short' }).expect(400);
    await user.get('/api/auth/me').expect(200);
    await admin.post(`/api/users/${user.userId}/password`).send({ password: 'brand-new-password-2026' }).expect(204);
    await user.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await sessionOf(t, user.email, 'brand-new-password-2026');
  });

  it('keeps a generated signing secret in the data directory, readable by its owner only', () => {
    const file = join(t.config.dataDir, 'jwt-secret');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThanOrEqual(64);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('sends security headers and no CORS grant by default', async () => {
    const response = await t.http().get('/api/health').set('origin', 'https://evil.example.com').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS when CORS_ORIGINS is set', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { corsOrigins: ['https://roadmaps.example.org'] } });
  });
  afterAll(() => t.close());

  it('grants the listed origin only', async () => {
    const allowed = await t
      .http()
      .options('/api/engagements')
      .set('origin', 'https://roadmaps.example.org')
      .set('access-control-request-method', 'GET')
      .expect(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://roadmaps.example.org');
    const other = await t.http().get('/api/health').set('origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
