import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { Session, sessionOf, signIn, TEST_PASSWORD } from '../utils/sessions';

interface AuditRow {
  action: string;
  entity: string;
  entityId: string;
  actorId: string | null;
  actorEmail: string;
  engagementId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string;
}

describe('Users, memberships and the audit log', () => {
  let t: TestApp;
  let admin: Session;
  let pm: Session;
  let engagementId: string;

  const auditCount = async (): Promise<number> =>
    Number((await t.app.get(DataSource).query<{ count: string }[]>('SELECT count(*) FROM audit_log'))[0].count);

  beforeAll(async () => {
    t = await createTestApp({ config: { admin: { email: 'Boot.Admin@test.example.org', password: 'bootstrap-admin-password' } } });
    admin = await sessionOf(t, 'boot.admin@test.example.org', 'bootstrap-admin-password');
    pm = await signIn(t, 'programme_manager');
    engagementId = (await pm.post('/api/engagements').send(engagementInput()).expect(201)).body.id;
  });
  afterAll(() => t.close());

  describe('users', () => {
    it('creates, lists and reads users (admins), never with a hash', async () => {
      const created = await admin
        .post('/api/users')
        .send({ email: ' New.Focal@Gov.TG ', name: 'Awa Mensah', password: 'long-enough-password', role: 'focal_point' })
        .expect(201);
      expect(created.body).toMatchObject({ email: 'new.focal@gov.tg', name: 'Awa Mensah', role: 'focal_point', active: true });
      expect(JSON.stringify(created.body)).not.toMatch(/password/i);
      const listed = await admin.get('/api/users').expect(200);
      expect(listed.body.map((u: { email: string }) => u.email)).toContain('new.focal@gov.tg');
      expect(JSON.stringify(listed.body)).not.toMatch(/argon2|password/i);
      await admin.get(`/api/users/${created.body.id}`).expect(200);
    });

    it.each([
      ['a short password', { password: 'too-short' }, 'password', 'password must be at least 12 characters long'],
      ['a bad e-mail', { email: 'not-an-email' }, 'email', 'email must be an email'],
      ['an unknown role', { role: 'superuser' }, 'role', expect.stringContaining('role must be one of')],
    ])('refuses %s, naming the field', async (_name, override, field, message) => {
      const body = { email: 'valid.user@test.example.org', name: 'Valid User', password: 'long-enough-password', role: 'focal_point', ...override };
      const response = await admin.post('/api/users').send(body).expect(400);
      expect(response.body.errors).toEqual([{ field, message }]);
    });

    it('refuses a taken e-mail address, whatever its case', async () => {
      const response = await admin
        .post('/api/users')
        .send({ email: 'NEW.FOCAL@gov.tg', name: 'Duplicate', password: 'long-enough-password', role: 'focal_point' })
        .expect(409);
      expect(response.body.code).toBe('EMAIL_TAKEN');
    });

    it('never deactivates or demotes the last active admin', async () => {
      const response = await admin.patch(`/api/users/${admin.userId}`).send({ active: false }).expect(409);
      expect(response.body.code).toBe('LAST_ADMIN');
      await admin.patch(`/api/users/${admin.userId}`).send({ role: 'programme_manager' }).expect(409);
      const second = await signIn(t, 'admin');
      await admin.patch(`/api/users/${second.userId}`).send({ active: false }).expect(200);
    });

    it('makes sure the ADMIN_EMAIL account exists with ADMIN_PASSWORD at every start', async () => {
      const users = (await admin.get('/api/users').expect(200)).body as { email: string; role: string }[];
      expect(users.filter((u) => u.email === 'boot.admin@test.example.org')).toEqual([expect.objectContaining({ role: 'admin' })]);
      // Someone changes its password and demotes it; the next start puts both back.
      await admin.post(`/api/users/${admin.userId}/password`).send({ password: 'changed-by-someone-else' }).expect(204);
      const other = await signIn(t, 'admin');
      await other.patch(`/api/users/${admin.userId}`).send({ role: 'focal_point' }).expect(200);
      await t.stop();
      t = await createTestApp({ database: t.database, config: t.config });
      admin = await sessionOf(t, 'boot.admin@test.example.org', 'bootstrap-admin-password');
      expect(admin.role).toBe('admin');
      pm = await sessionOf(t, pm.email, TEST_PASSWORD);
      const ensured = (await admin.get('/api/audit?action=user.ensure').expect(200)).body.items as AuditRow[];
      expect(ensured[0]).toMatchObject({ actorId: null, actorEmail: 'system', after: { role: 'admin', active: true, passwordChanged: true } });
    });
  });

  describe('memberships', () => {
    it('adds members whose part fits their role, lists and removes them', async () => {
      const focal = await signIn(t, 'focal_point');
      const added = await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'focal_point' }).expect(201);
      expect(added.body).toMatchObject({ userId: focal.userId, role: 'focal_point', userRole: 'focal_point', effective: true });
      await focal.get(`/api/engagements/${engagementId}`).expect(200);
      const members = (await pm.get(`/api/engagements/${engagementId}/members`).expect(200)).body;
      expect(members.map((m: { userId: string }) => m.userId)).toContain(focal.userId);
      await pm.delete(`/api/engagements/${engagementId}/members/${focal.userId}`).expect(204);
      await focal.get(`/api/engagements/${engagementId}`).expect(404);
      expect((await pm.delete(`/api/engagements/${engagementId}/members/${focal.userId}`).expect(404)).body.code).toBe('MEMBERSHIP_NOT_FOUND');
    });

    it('refuses a part that does not fit the role, an unknown user and a second membership', async () => {
      const focal = await signIn(t, 'focal_point');
      const misfit = await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'mission_lead' }).expect(400);
      expect(misfit.body.errors).toEqual([{ field: 'role', message: 'the membership of a focal_point must be focal_point' }]);
      const unknown = await pm
        .post(`/api/engagements/${engagementId}/members`)
        .send({ userId: '00000000-0000-4000-8000-000000000000', role: 'focal_point' })
        .expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'userId', message: 'userId must name an active user' }]);
      await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'focal_point' }).expect(201);
      expect((await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'focal_point' }).expect(409)).body.code).toBe(
        'MEMBERSHIP_EXISTS',
      );
    });

    it('stops counting a membership once the user\'s role no longer fits it', async () => {
      const user = await signIn(t, 'focal_point');
      await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: user.userId, role: 'focal_point' }).expect(201);
      await user.get(`/api/engagements/${engagementId}`).expect(200);
      await admin.patch(`/api/users/${user.userId}`).send({ role: 'partner_viewer' }).expect(200);
      // The role change ended the session; signed in again, the membership no longer counts.
      await user.get(`/api/engagements/${engagementId}`).expect(401);
      const again = await sessionOf(t, user.email, TEST_PASSWORD);
      await again.get(`/api/engagements/${engagementId}`).expect(404);
      expect((await again.get('/api/engagements').expect(200)).body.total).toBe(0);
      const members = (await pm.get(`/api/engagements/${engagementId}/members`).expect(200)).body;
      expect(members.find((m: { userId: string }) => m.userId === user.userId)).toMatchObject({ effective: false });
    });
  });

  describe('audit log', () => {
    it('records every write with actor, action, entity, before/after and request id', async () => {
      const updated = await pm
        .patch(`/api/engagements/${engagementId}`)
        .set('x-request-id', 'audit-req-1')
        .send({ version: 1, title: 'Audited title' })
        .expect(200);
      expect(updated.body.version).toBe(2);
      const trail = (await pm.get(`/api/engagements/${engagementId}/audit?action=engagement.update`).expect(200)).body;
      expect(trail.total).toBe(1);
      const entry = trail.items[0] as AuditRow;
      expect(entry).toMatchObject({
        action: 'engagement.update',
        entity: 'engagement',
        entityId: engagementId,
        engagementId,
        actorId: pm.userId,
        actorEmail: pm.email,
        requestId: 'audit-req-1',
      });
      expect(entry.before).toMatchObject({ title: engagementInput().title, version: 1 });
      expect(entry.after).toMatchObject({ title: 'Audited title', version: 2 });

      const creation = (await pm.get(`/api/engagements/${engagementId}/audit?action=engagement.create`).expect(200)).body.items;
      expect(creation).toHaveLength(1);
      const memberships = (await pm.get(`/api/engagements/${engagementId}/audit?entity=membership`).expect(200)).body.items as AuditRow[];
      expect(memberships.map((m) => m.action)).toEqual(expect.arrayContaining(['membership.create', 'membership.delete']));
      const userWrites = (await admin.get('/api/audit?entity=user').expect(200)).body.items as AuditRow[];
      expect(userWrites.map((u) => u.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'user.reset_password']));
      expect(JSON.stringify(userWrites)).not.toMatch(/argon2|passwordHash/);
    });

    it('writes nothing when a write is refused', async () => {
      const before = await auditCount();
      const focal = await signIn(t, 'focal_point');
      const afterSetup = await auditCount();
      // The account's creation, and the session its sign-in opened.
      expect(afterSetup).toBe(before + 2);
      await pm.patch(`/api/engagements/${engagementId}`).send({ version: 1, title: 'Stale' }).expect(409);
      await pm.post('/api/engagements').send(engagementInput()).expect(409);
      await pm.post('/api/engagements').send({ ...engagementInput({ country: 'XXX' }) }).expect(400);
      await focal.patch(`/api/engagements/${engagementId}`).send({ version: 2, title: 'Not mine' }).expect(404);
      await focal.post('/api/engagements').send(engagementInput({ country: 'BEN' })).expect(403);
      await admin.patch('/api/users/00000000-0000-4000-8000-000000000000').send({ name: 'Nobody' }).expect(404);
      await admin.post('/api/users').send({ email: 'new.focal@gov.tg', name: 'Dup', password: 'long-enough-password', role: 'focal_point' }).expect(409);
      await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'observer' }).expect(400);
      expect(await auditCount()).toBe(afterSetup);
    });

    it('shows the whole trail to admins only, and an engagement\'s trail to programme managers', async () => {
      await pm.get('/api/audit').expect(403);
      const all = (await admin.get('/api/audit?limit=5').expect(200)).body;
      expect(all.items).toHaveLength(5);
      expect(all.total).toBeGreaterThan(5);
      const focal = await signIn(t, 'focal_point');
      await pm.post(`/api/engagements/${engagementId}/members`).send({ userId: focal.userId, role: 'focal_point' }).expect(201);
      await focal.get(`/api/engagements/${engagementId}/audit`).expect(403);
    });
  });
});
