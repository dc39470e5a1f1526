import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { signIn, TEST_PASSWORD } from '../utils/sessions';

describe('Login throttling', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const attempt = (email: string, password: string) => t.http().post('/api/auth/login').send({ email, password });

  it('refuses an account with 429 and Retry-After after 10 failures in a minute, even with the right password', async () => {
    const user = await signIn(t, 'focal_point');
    for (let i = 0; i < 10; i += 1) await attempt(user.email, `wrong password ${i}`).expect(401);
    const throttled = await attempt(user.email, TEST_PASSWORD).expect(429);
    expect(throttled.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(throttled.body.code).toBe('LOGIN_THROTTLED');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(throttled.body.detail).toContain(`${retryAfter} second`);
  });

  it('counts failures per address too, across accounts', async () => {
    for (let i = 0; i < 10; i += 1) await attempt(`guess${i}@test.example.org`, 'guessing password').expect(401);
    const user = await signIn(t, 'admin').catch((error: Error) => error);
    expect(user).toBeInstanceOf(Error);
    expect((await attempt('another@test.example.org', 'guessing password').expect(429)).headers['retry-after']).toBeDefined();
  });

  it('lets the window move on: failures older than a minute no longer count', async () => {
    const user = await signIn(t, 'focal_point');
    for (let i = 0; i < 10; i += 1) await attempt(user.email, 'wrong password').expect(401);
    await attempt(user.email, TEST_PASSWORD).expect(429);
    // Age the recorded failures instead of waiting a minute.
    await t.app.get(DataSource).query(`UPDATE login_failures SET failed_at = failed_at - interval '61 seconds'`);
    await attempt(user.email, TEST_PASSWORD).expect(200);
  });

  it('does not count successful sign-ins, and a success clears the account\'s failures', async () => {
    const user = await signIn(t, 'focal_point');
    for (let i = 0; i < 9; i += 1) await attempt(user.email, 'wrong password').expect(401);
    await attempt(user.email, TEST_PASSWORD).expect(200);
    await t.app.get(DataSource).query(`DELETE FROM login_failures WHERE key LIKE 'address:%'`);
    for (let i = 0; i < 9; i += 1) await attempt(user.email, 'wrong password').expect(401);
    await attempt(user.email, TEST_PASSWORD).expect(200);
  });
});
