import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { addMember, csrfOf, Session, signIn } from '../utils/sessions';

/**
 * Issue #14, item 10: who may act is decided before what they sent is validated. A caller who may not act gets
 * 403 (or 404 outside their engagements) whatever the body, so a refusal never teaches them the body's rules or
 * whether their body would have passed.
 */
describe('Access is decided before the body is validated', () => {
  let t: TestApp;
  let pm: Session;
  let focal: Session;
  let member: Session;
  let own: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp();
    pm = await signIn(t, 'programme_manager');
    focal = await signIn(t, 'focal_point');
    member = await signIn(t, 'mission_member');
    own = (await pm.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id;
    other = (await pm.post('/api/engagements').send(engagementInput({ country: 'TUN' })).expect(201)).body.id;
    await addMember(t, own, focal.userId, 'focal_point');
    await addMember(t, own, member.userId, 'mission_member');
  });
  afterAll(() => t.close());

  it("answers a focal point's PATCH of their own engagement 403, with an incomplete body as with a complete one", async () => {
    const incomplete = await focal.patch(`/api/engagements/${own}`).send({ title: 42 });
    const complete = await focal.patch(`/api/engagements/${own}`).send({ version: 1, title: 'Renamed by the focal point' });
    expect([incomplete.status, complete.status]).toEqual([403, 403]);
    expect(incomplete.body.code).toBe('FORBIDDEN');
    expect(incomplete.body.errors).toBeUndefined();
  });

  it('answers an out-of-scope caller 404 whatever the body', async () => {
    for (const body of [{}, { kind: 'nonsense' }, findingInput()]) {
      const response = await member.post(`/api/engagements/${other}/findings`).send(body);
      expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status: 404, code: 'ENGAGEMENT_NOT_FOUND' });
    }
    const event = await focal.post(`/api/engagements/${other}/events`).send({ type: 42 });
    expect([event.status, event.body.code]).toEqual([404, 'ENGAGEMENT_NOT_FOUND']);
  });

  it('answers a member whose part does not allow the act 403 before looking at the body', async () => {
    const event = await member.post(`/api/engagements/${own}/events`).send({ type: 'NOT_AN_EVENT' });
    expect([event.status, event.body.code]).toEqual([403, 'FORBIDDEN']);
    const members = await member.post(`/api/engagements/${own}/members`).send({ role: 'pope' });
    expect([members.status, members.body.code]).toEqual([403, 'FORBIDDEN']);
    const adoption = await focal.put(`/api/engagements/${own}/adoption`).send({ versionNumber: 'one' });
    expect([adoption.status, adoption.body.code]).toEqual([403, 'FORBIDDEN']);
    const progress = await member.post(`/api/engagements/${own}/roadmap/actions/not-an-id/progress`).send({ percent: 'lots' });
    expect([progress.status, progress.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('decides access before an id of the path is checked, so a malformed sub-id says nothing either', async () => {
    const response = await member.get(`/api/engagements/${other}/findings/not-a-uuid`);
    expect([response.status, response.body.code]).toEqual([404, 'ENGAGEMENT_NOT_FOUND']);
  });

  it('still validates the body of a caller who may act', async () => {
    const response = await pm.patch(`/api/engagements/${own}`).send({ title: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['version', 'title']));
  });

  it('refuses a page form the same way: 403 for a part that may not, 404 outside', async () => {
    const { cookie, token } = await csrfOf(t);
    const forbidden = await focal.post(`/app/engagements/${own}/events`).set('cookie', cookie).type('form').send({ _csrf: token, type: 'NOT_AN_EVENT' });
    expect(forbidden.status).toBe(403);
    const hidden = await member.post(`/app/engagements/${other}/findings/new`).set('cookie', cookie).type('form').send({ _csrf: token, kind: 'nonsense' });
    expect(hidden.status).toBe(404);
    expect(hidden.text).toContain('not yours to see');
  });
});
