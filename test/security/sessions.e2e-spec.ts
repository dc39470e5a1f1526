import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InvalidCredentialsError } from '../../src/auth/auth.errors';
import { SessionsService } from '../../src/auth/sessions.service';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { csrfOf, Session, sessionOf, signIn, TEST_PASSWORD } from '../utils/sessions';

/** Issue #14, item 3: a token must stop working the moment its session is ended, on every replica. */
describe('Server-side sessions that can be ended', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, 'admin');
  });
  afterAll(() => t.close());

  const me = (token: string) => t.http().get('/api/auth/me').set('authorization', `Bearer ${token}`);
  const claimsOf = (token: string) => t.app.get(JwtService).decode<Record<string, unknown>>(token);

  it('issues tokens that name their issuer, audience and session', async () => {
    const user = await signIn(t, 'partner_viewer');
    const claims = claimsOf(user.token);
    expect(claims).toEqual(
      expect.objectContaining({ sub: user.userId, iss: expect.any(String), aud: expect.any(String), jti: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
    );
    const other = await sessionOf(t, user.email, TEST_PASSWORD);
    expect(claimsOf(other.token).jti).not.toBe(claims.jti);
  });

  it('ends the session on logout with the bearer token: the token answers 401 at once', async () => {
    const user = await signIn(t, 'focal_point');
    await me(user.token).expect(200);
    await user.post('/api/auth/logout').expect(204);
    expect((await me(user.token).expect(401)).body.code).toBe('SESSION_INVALID');
  });

  it('ends the session on logout with the cookie, and clears the cookie', async () => {
    const user = await signIn(t, 'focal_point');
    const login = await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const pair = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('vt_session='))?.split(';')[0] ?? '';
    await t.http().get('/api/auth/me').set('cookie', pair).expect(200);
    const logout = await t.http().post('/api/auth/logout').set('cookie', pair).expect(204);
    expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join()).toMatch(/vt_session=;/);
    await t.http().get('/api/auth/me').set('cookie', pair).expect(401);
    // Only that session: the user's other one goes on.
    await me(user.token).expect(200);
  });

  it('ends the server session when the web sign-out form is sent', async () => {
    const user = await signIn(t, 'mission_member');
    const { cookie, token } = await csrfOf(t);
    const login = await t.http().post('/app/login').set('cookie', cookie).type('form').send({ _csrf: token, email: user.email, password: TEST_PASSWORD }).expect(303);
    const session = String(login.headers['set-cookie']).match(/vt_session=[^;]+/)?.[0] ?? '';
    await t.http().get('/api/auth/me').set('cookie', session).expect(200);
    await t.http().post('/app/logout').set('cookie', `${cookie}; ${session}`).type('form').send({ _csrf: token }).expect(303);
    await t.http().get('/api/auth/me').set('cookie', session).expect(401);
  });

  it('changes the password from its page: field errors in the page, then the other sessions end', async () => {
    const user = await signIn(t, 'focal_point');
    const { cookie, token } = await csrfOf(t);
    const login = await t.http().post('/app/login').set('cookie', cookie).type('form').send({ _csrf: token, email: user.email, password: TEST_PASSWORD }).expect(303);
    const session = String(login.headers['set-cookie']).match(/vt_session=[^;]+/)?.[0] ?? '';
    const cookies = `${cookie}; ${session}`;
    const page = await t.http().get('/app/password').set('cookie', cookies).expect(200);
    expect(page.text).toContain('name="currentPassword"');
    expect(page.text).toContain('href="/app/password"');
    const wrong = await t.http().post('/app/password').set('cookie', cookies).type('form').send({ _csrf: token, currentPassword: 'not mine', newPassword: 'page-password-2026' }).expect(400);
    expect(wrong.text).toContain('id="currentPassword-error"');
    expect(wrong.text).not.toContain('page-password-2026');
    const changed = await t.http().post('/app/password').set('cookie', cookies).type('form').send({ _csrf: token, currentPassword: TEST_PASSWORD, newPassword: 'page-password-2026' }).expect(303);
    expect(changed.headers.location).toBe('/app/password');
    const flash = String(changed.headers['set-cookie']).match(/vt_flash=[^;]+/)?.[0] ?? '';
    const after = await t.http().get('/app/password').set('cookie', `${cookies}; ${flash}`).expect(200);
    expect(after.text).toContain('Your other sessions are signed out');
    await t.http().get('/api/auth/me').set('cookie', session).expect(200);
    await me(user.token).expect(401);
    await sessionOf(t, user.email, 'page-password-2026');
  });

  it('ends every session of the account when an admin resets the password', async () => {
    const user = await signIn(t, 'focal_point');
    const second = await sessionOf(t, user.email, TEST_PASSWORD);
    await admin.post(`/api/users/${user.userId}/password`).send({ password: 'reset-by-the-admin-2026' }).expect(204);
    await me(user.token).expect(401);
    await me(second.token).expect(401);
    await sessionOf(t, user.email, 'reset-by-the-admin-2026');
  });

  it('does not revive old tokens when a deactivated user is reactivated', async () => {
    const user = await signIn(t, 'mission_member');
    await admin.patch(`/api/users/${user.userId}`).send({ active: false }).expect(200);
    await me(user.token).expect(401);
    await admin.patch(`/api/users/${user.userId}`).send({ active: true }).expect(200);
    expect((await me(user.token).expect(401)).body.code).toBe('SESSION_INVALID');
    await sessionOf(t, user.email, TEST_PASSWORD);
  });

  it('ends the sessions of a user whose role changes', async () => {
    const user = await signIn(t, 'programme_manager');
    await admin.patch(`/api/users/${user.userId}`).send({ role: 'partner_viewer' }).expect(200);
    await me(user.token).expect(401);
    // A rename is no reason to sign anyone out.
    const renamed = await sessionOf(t, user.email, TEST_PASSWORD);
    await admin.patch(`/api/users/${user.userId}`).send({ name: 'Renamed Viewer' }).expect(200);
    await me(renamed.token).expect(200);
  });

  it('changes one\'s own password: the other sessions end, the current one keeps working', async () => {
    const user = await signIn(t, 'partner_viewer');
    const other = await sessionOf(t, user.email, TEST_PASSWORD);
    await user.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'my-own-new-password-1' }).expect(204);
    await me(user.token).expect(200);
    expect((await me(other.token).expect(401)).body.code).toBe('SESSION_INVALID');
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await sessionOf(t, user.email, 'my-own-new-password-1');
  });

  it('refuses a password change with a wrong current password, a short or an unchanged new one, naming the field', async () => {
    const user = await signIn(t, 'partner_viewer');
    const wrong = await user.post('/api/auth/password').send({ currentPassword: 'not my password', newPassword: 'a-new-password-123' }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    const short = await user.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
    const same = await user.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }).expect(400);
    expect(same.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
    await user.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD }).expect(400);
    await user.get('/api/auth/me').expect(200);
    await sessionOf(t, user.email, TEST_PASSWORD);
  });

  it('lets an admin list a user\'s sessions and end them all', async () => {
    const user = await signIn(t, 'focal_point');
    const second = await sessionOf(t, user.email, TEST_PASSWORD);
    const listed = await admin.get(`/api/users/${user.userId}/sessions`).expect(200);
    expect(listed.body).toHaveLength(2);
    expect(listed.body[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), createdAt: expect.any(String), expiresAt: expect.any(String), lastUsedAt: expect.any(String), active: true }),
    );
    expect(listed.body.map((s: { id: string }) => s.id).sort()).toEqual([claimsOf(user.token).jti, claimsOf(second.token).jti].sort());
    const ended = await admin.delete(`/api/users/${user.userId}/sessions`).expect(200);
    expect(ended.body).toEqual({ ended: 2 });
    await me(user.token).expect(401);
    await me(second.token).expect(401);
    const after = await admin.get(`/api/users/${user.userId}/sessions`).expect(200);
    expect(after.body.every((s: { active: boolean; revokedReason: string }) => !s.active && s.revokedReason === 'ended_by_admin')).toBe(true);
    await admin.delete('/api/users/00000000-0000-4000-8000-000000000000/sessions').expect(404);
    await user.get(`/api/users/${user.userId}/sessions`).expect(401);
    const audit = await admin.get(`/api/audit?entity=user&action=user.end_sessions`).expect(200);
    expect(audit.body.items[0]).toEqual(expect.objectContaining({ entityId: user.userId }));
  });

  it('refuses tokens with a forged issuer, audience or session id, signed with the right key', async () => {
    const user = await signIn(t, 'programme_manager');
    const jwt = t.app.get(JwtService);
    const claims = claimsOf(user.token);
    const base = { sub: claims.sub, iss: claims.iss, aud: claims.aud, jti: claims.jti };
    const forged = {
      'another issuer': { ...base, iss: 'https://evil.example' },
      'another audience': { ...base, aud: 'another-service' },
      'unknown session': { ...base, jti: randomUUID() },
      'not a session id': { ...base, jti: 'x' },
      'no session id': { sub: claims.sub, iss: claims.iss, aud: claims.aud },
      'another user\'s session': { ...base, sub: admin.userId },
    };
    for (const [kind, payload] of Object.entries(forged)) {
      const token = jwt.sign(payload, { expiresIn: 60 });
      const response = await me(token);
      expect({ kind, status: response.status }).toEqual({ kind, status: 401 });
    }
    await me(user.token).expect(200);
  });

  it('lets the database decide on every request: a session revoked behind the app\'s back stops at once', async () => {
    const user = await signIn(t, 'mission_member');
    await me(user.token).expect(200);
    await me(user.token).expect(200);
    await t.app.get(DataSource).query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`, [claimsOf(user.token).jti]);
    await me(user.token).expect(401);
    const another = await sessionOf(t, user.email, TEST_PASSWORD);
    await t.app.get(DataSource).query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [claimsOf(another.token).jti]);
    await me(another.token).expect(401);
  });

  it('opens no session for credentials that changed since they were checked (a sign-in racing a reset)', async () => {
    const user = await signIn(t, 'focal_point');
    const sessions = t.app.get(SessionsService);
    const [{ hash }] = await t.app.get(DataSource).query<{ hash: string }[]>(`SELECT password_hash AS hash FROM users WHERE id = $1`, [user.userId]);
    const open = (passwordHash: string, role: string) =>
      sessions.open(
        { userId: user.userId, email: user.email, role: 'focal_point', requestId: 'race' },
        { userId: user.userId, expiresAt: new Date(Date.now() + 60_000), userAgent: null, address: null },
        { passwordHash, role },
      );
    await expect(open(hash, 'focal_point')).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(open(`${hash}-before-the-reset`, 'focal_point')).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(open(hash, 'programme_manager')).rejects.toBeInstanceOf(InvalidCredentialsError);
  });

  it('audits sign-in, sign-out and password changes', async () => {
    const user = await signIn(t, 'partner_viewer');
    await user.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'audited-password-2026' }).expect(204);
    await user.post('/api/auth/logout').expect(204);
    const audit = (await admin.get(`/api/audit?actorId=${user.userId}`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['session.create', 'user.change_password', 'session.end']));
  });
});
