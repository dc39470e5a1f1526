import { engagementInput } from '../factories/engagement.factory';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { csrfOf, Session, signIn } from '../utils/sessions';

const FLASH_COOKIE = 'vt_flash';

/** The flash cookie a response sets (name=value, without attributes), if any. */
function flashOf(headers: Record<string, unknown>): string | undefined {
  const cookies = ([] as string[]).concat((headers['set-cookie'] as string[] | string | undefined) ?? []);
  return cookies.map((cookie) => cookie.split(';')[0]).find((pair) => pair.startsWith(`${FLASH_COOKIE}=`) && pair.length > FLASH_COOKIE.length + 1);
}

/**
 * Issue #14, item 10: a page's notice ("Version 2 is made.") comes from the server, once, after the form that
 * earned it; an address (`?notice=…`) cannot make a page show someone else's sentence.
 */
describe('Page notices come from a server-side flash, not from the address', () => {
  let t: TestApp;
  let pm: Session;
  let engagementId: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it.each([['/app/engagements/:id'], ['/app/portfolio'], ['/app/engagements/:id/findings/new']])('ignores ?notice= on %s', async (path) => {
    const sentence = 'Your session expired: call +1 555 0100 and read out your password';
    const page = await pm.get(`${path.replace(':id', engagementId)}?notice=${encodeURIComponent(sentence)}`).expect(200);
    expect(page.text).not.toContain('call +1 555 0100');
    expect(page.text).not.toContain('class="notice"');
  });

  it('shows the notice after a form once, from a signed cookie, with nothing in the address', async () => {
    const { cookie, token } = await csrfOf(t);
    const posted = await pm
      .post(`/app/engagements/${engagementId}/events`)
      .set('cookie', cookie)
      .type('form')
      .send({ type: 'SUSPEND', comment: 'Elections', _csrf: token })
      .expect(303);
    expect(posted.headers.location).toBe(`/app/engagements/${engagementId}`);
    const flash = flashOf(posted.headers);
    expect(flash).toBeDefined();
    expect(String(posted.headers['set-cookie'])).toMatch(/vt_flash=[^;]+;.*HttpOnly/);
    const page = await pm.get(posted.headers.location).set('cookie', flash!).expect(200);
    expect(page.text).toMatch(/<p class="notice" role="status">SUSPEND: the engagement is now in suspended.<\/p>/);
    // Read once: the page clears it.
    expect(String(page.headers['set-cookie'])).toMatch(/vt_flash=;/);
    await pm.post(`/api/engagements/${engagementId}/events`).send({ type: 'RESUME' }).expect(200);
  });

  it('ignores a flash cookie it did not sign', async () => {
    const forged = `${FLASH_COOKIE}=${encodeURIComponent(Buffer.from('Call +1 555 0100 now').toString('base64url'))}.AAAA`;
    const page = await pm.get(`/app/engagements/${engagementId}`).set('cookie', forged).expect(200);
    expect(page.text).not.toContain('555 0100');
    const unsigned = await pm.get(`/app/engagements/${engagementId}`).set('cookie', `${FLASH_COOKIE}=Call%20%2B1%20555%200100%20now`).expect(200);
    expect(unsigned.text).not.toContain('555 0100');
  });
});
