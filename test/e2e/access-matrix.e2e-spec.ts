import { JwtService } from '@nestjs/jwt';
import { MembershipRole, Role } from '../../src/common/auth/roles';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { engagementInput } from '../factories/engagement.factory';
import { findingInput } from '../factories/finding.factory';
import { actionInput } from '../factories/action.factory';
import { consultationInput, missionInput } from '../factories/mission.factory';
import { recordFigure } from '../utils/figures';
import { registeredRoutes, RegisteredRoute } from '../utils/routes';
import { addMember, csrfOf, Session, sessionOf, signIn, TEST_PASSWORD } from '../utils/sessions';

/** Who calls: the five roles, with mission members split by their part in the engagement. */
type Caller = 'admin' | 'programme_manager' | 'mission_lead' | 'mission_member' | 'focal_point' | 'partner_viewer';
const CALLERS: Caller[] = ['admin', 'programme_manager', 'mission_lead', 'mission_member', 'focal_point', 'partner_viewer'];
const CALLER_SETUP: Record<Caller, { role: Role; membership?: MembershipRole }> = {
  admin: { role: 'admin' },
  programme_manager: { role: 'programme_manager' },
  mission_lead: { role: 'mission_member', membership: 'mission_lead' },
  mission_member: { role: 'mission_member', membership: 'mission_member' },
  focal_point: { role: 'focal_point', membership: 'focal_point' },
  partner_viewer: { role: 'partner_viewer', membership: 'observer' },
};
const GLOBAL: Caller[] = ['admin', 'programme_manager'];
const MISSION_TEAM: Caller[] = ['mission_lead', 'mission_member'];

/**
 * DESIGN §4 as data. `public`: no session needed. `callers`: who may use the route at all. `scoped`:
 * the route is about one engagement, so anyone but programme managers and admins gets 404 for an
 * engagement they are not a member of, whatever the route.
 */
interface Rule {
  public?: true;
  callers?: Caller[];
  scoped?: true;
  body?: () => object;
  /** A web page's form fields (sent URL-encoded, with a CSRF token). */
  form?: () => Record<string, string>;
  query?: string;
}

let sequence = 0;
const next = (): number => (sequence += 1);

const RULES: Record<string, Rule> = {
  'POST /api/auth/login': { public: true, body: () => ({ email: 'nobody@test.example.org', password: 'not the password' }) },
  'POST /api/auth/logout': { public: true },
  'GET /api/auth/me': { callers: CALLERS },
  // Too short a new password: refused by validation (400), before any password is checked or changed.
  'POST /api/auth/password': { callers: CALLERS, body: () => ({ currentPassword: 'not checked', newPassword: 'short' }) },
  'GET /api/health': { public: true },
  'GET /api/reference': { callers: CALLERS },
  'GET /api/pipeline': { callers: CALLERS },
  'GET /api/audit': { callers: ['admin'] },
  'GET /api/users': { callers: ['admin'] },
  'POST /api/users': {
    callers: ['admin'],
    body: () => ({ email: `matrix.${next()}@test.example.org`, name: 'Matrix User', password: 'matrix-password-123', role: 'focal_point' }),
  },
  'GET /api/users/:userId': { callers: ['admin'] },
  'PATCH /api/users/:userId': { callers: ['admin'], body: () => ({ name: `Renamed ${next()}` }) },
  'POST /api/users/:userId/password': { callers: ['admin'], body: () => ({ password: 'a-new-password-456' }) },
  'GET /api/users/:userId/sessions': { callers: ['admin'] },
  'DELETE /api/users/:userId/sessions': { callers: ['admin'] },
  'GET /api/engagements': { callers: CALLERS },
  'POST /api/engagements': {
    callers: GLOBAL,
    body: () => engagementInput({ country: ['BEN', 'MLI', 'NER', 'GHA', 'SEN', 'CIV'][next() % 6] }),
  },
  'GET /api/engagements/:id': { scoped: true, callers: CALLERS },
  'PATCH /api/engagements/:id': { scoped: true, callers: GLOBAL, body: () => ({ version: 1 }) },
  'GET /api/engagements/:id/audit': { scoped: true, callers: GLOBAL },
  'GET /api/engagements/:id/members': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member'] },
  'POST /api/engagements/:id/members': { scoped: true, callers: GLOBAL, body: () => ({ userId: targetUserId, role: 'focal_point' }) },
  'DELETE /api/engagements/:id/members/:userId': { scoped: true, callers: GLOBAL },
  'POST /api/engagements/:id/events': { scoped: true, callers: [...GLOBAL, 'mission_lead'], body: () => ({ type: 'START_MISSION' }) },
  'GET /api/engagements/:id/transitions': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member', 'partner_viewer'] },
  'GET /api/engagements/:id/history': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member', 'partner_viewer'] },
  'GET /api/engagements/:id/missions': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member', 'partner_viewer'] },
  'POST /api/engagements/:id/missions': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ type: 'scoping' }) },
  'GET /api/engagements/:id/missions/:mid': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member', 'partner_viewer'] },
  'PATCH /api/engagements/:id/missions/:mid': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ version: 1 }) },
  'POST /api/engagements/:id/missions/:mid/consultations': {
    scoped: true,
    callers: [...GLOBAL, ...MISSION_TEAM],
    body: () => ({ institution: 'Civil protection', sector: 'civil_protection', date: '2026-03-03', participants: 3 }),
  },
  'GET /api/engagements/:id/findings': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member'] },
  'POST /api/engagements/:id/findings': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => findingInput() },
  'GET /api/engagements/:id/findings/export': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member'] },
  'POST /api/engagements/:id/findings/import': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ rows: [] }) },
  'GET /api/engagements/:id/roadmap/actions': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /api/engagements/:id/roadmap/actions': {
    scoped: true,
    callers: [...GLOBAL, ...MISSION_TEAM],
    body: () => actionInput(['00000000-0000-4000-8000-000000000000']),
  },
  'GET /api/engagements/:id/roadmap/actions/:aid': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'PATCH /api/engagements/:id/roadmap/actions/:aid': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ version: 1 }) },
  'DELETE /api/engagements/:id/roadmap/actions/:aid': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /api/engagements/:id/roadmap/recommend': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'GET /api/engagements/:id/roadmap/versions': { scoped: true, callers: CALLERS },
  'POST /api/engagements/:id/roadmap/versions': { scoped: true, callers: [...GLOBAL, 'mission_lead'] },
  'GET /api/engagements/:id/roadmap/versions/:n': { scoped: true, callers: CALLERS },
  'GET /api/engagements/:id/roadmap/versions/:n/diff': { scoped: true, callers: CALLERS, query: '?against=1' },
  'POST /api/engagements/:id/roadmap/versions/:n/release': { scoped: true, callers: GLOBAL },
  'GET /api/engagements/:id/roadmap/versions/:n/comments': { scoped: true, callers: CALLERS },
  'GET /api/engagements/:id/roadmap/versions/:n/document': { scoped: true, callers: CALLERS, query: '?lang=fr' },
  'POST /api/engagements/:id/roadmap/versions/:n/comments': { scoped: true, callers: [...GLOBAL, 'focal_point'], body: () => ({ body: 'A comment' }) },
  'POST /api/engagements/:id/roadmap/comments/:cid/decision': {
    scoped: true,
    callers: GLOBAL,
    body: () => ({ decision: 'accepted', reply: 'Agreed' }),
  },
  // The former path of the decision, a deprecated alias: the same rules.
  'POST /api/engagements/:id/comments/:cid/decision': {
    scoped: true,
    callers: GLOBAL,
    body: () => ({ decision: 'accepted', reply: 'Agreed' }),
  },
  'GET /api/engagements/:id/adoption': { scoped: true, callers: CALLERS },
  'PUT /api/engagements/:id/adoption': {
    scoped: true,
    callers: GLOBAL,
    body: () => ({ versionNumber: 1, adoptedOn: '2026-10-01', adoptingAuthority: 'Council of Ministers', instrumentReference: 'Decree 2026-1' }),
  },
  'GET /api/engagements/:id/adoption/document': { scoped: true, callers: CALLERS },
  'PUT /api/engagements/:id/adoption/document': { scoped: true, callers: GLOBAL },
  'GET /api/engagements/:id/roadmap/baseline-diff': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'GET /api/engagements/:id/implementation': { scoped: true, callers: CALLERS },
  'GET /api/engagements/:id/roadmap/actions/:aid/progress': { scoped: true, callers: CALLERS },
  'POST /api/engagements/:id/roadmap/actions/:aid/progress': {
    scoped: true,
    callers: [...GLOBAL, 'focal_point'],
    body: () => ({ status: 'in_progress', percent: 10, note: 'Drafting has begun' }),
  },
  'GET /api/engagements/:id/mentoring-sessions': { scoped: true, callers: CALLERS },
  'POST /api/engagements/:id/mentoring-sessions': {
    scoped: true,
    callers: [...GLOBAL, ...MISSION_TEAM],
    body: () => ({ date: '2027-01-19', mentor: 'UNOCT expert', topics: ['Venue risk assessment'], actionIds: ['00000000-0000-4000-8000-000000000000'] }),
  },
  'GET /api/engagements/:id/trainings': { scoped: true, callers: CALLERS },
  'POST /api/engagements/:id/trainings': {
    scoped: true,
    callers: [...GLOBAL, ...MISSION_TEAM],
    body: () => ({
      course: 'risk_assessment',
      startDate: '2027-02-08',
      endDate: '2027-02-12',
      participants: { total: 20, women: 8, men: 12 },
      institutions: ['Ministry of Security'],
      actionIds: ['00000000-0000-4000-8000-000000000000'],
    }),
  },
  'GET /api/portfolio': { callers: CALLERS },
  // The web pages go through the same gate: the same callers, 404 outside their engagements, 403 inside.
  'GET /app': { callers: CALLERS },
  'GET /app/login': { public: true },
  'POST /app/login': { public: true, form: () => ({ email: 'nobody@test.example.org', password: 'not the password' }) },
  'POST /app/logout': { public: true },
  'GET /app/password': { callers: CALLERS },
  'POST /app/password': { callers: CALLERS, form: () => ({ currentPassword: 'not checked', newPassword: 'short' }) },
  'GET /app/assets/app.css': { public: true },
  'GET /app/assets/htmx.min.js': { public: true },
  'GET /app/assets/document-links.js': { public: true },
  'GET /app/portfolio': { callers: CALLERS },
  'GET /app/engagements/:id': { scoped: true, callers: CALLERS },
  'POST /app/engagements/:id/events': { scoped: true, callers: [...GLOBAL, 'mission_lead'], form: () => ({ type: 'START_MISSION' }) },
  'POST /app/engagements/:id/findings/:fid/validate': { scoped: true, callers: [...GLOBAL, 'mission_lead'] },
  'POST /app/engagements/:id/roadmap/recommend': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /app/engagements/:id/roadmap/versions': { scoped: true, callers: [...GLOBAL, 'mission_lead'] },
  'POST /app/engagements/:id/roadmap/versions/:n/release': { scoped: true, callers: GLOBAL },
  'POST /app/engagements/:id/roadmap/versions/:n/comments': { scoped: true, callers: [...GLOBAL, 'focal_point'], form: () => ({ body: 'A comment from the page' }) },
  'POST /app/engagements/:id/comments/:cid/decision': { scoped: true, callers: GLOBAL, form: () => ({ decision: 'accepted', reply: 'Agreed' }) },
  'POST /app/engagements/:id/adoption': {
    scoped: true,
    callers: GLOBAL,
    form: () => ({ versionNumber: '1', adoptedOn: '2026-10-01', adoptingAuthority: 'Council of Ministers', instrumentReference: 'Decree 2026-1' }),
  },
  'POST /app/engagements/:id/adoption/document': { scoped: true, callers: GLOBAL },
  'POST /app/engagements/:id/actions/:aid/sensitivity': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], form: () => ({ sensitivity: 'confidential', version: '1' }) },
  'POST /app/engagements/:id/actions/:aid/progress': { scoped: true, callers: [...GLOBAL, 'focal_point'], form: () => ({ status: 'in_progress', percent: '10' }) },
  'GET /app/engagements/:id/findings/new': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /app/engagements/:id/findings/new': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], form: () => ({ kind: 'gap', thematicArea: 'uas' }) },
  'GET /app/engagements/:id/findings/:fid/edit': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /app/engagements/:id/findings/:fid/edit': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], form: () => ({ version: '1', title: 'Edited from the page' }) },
  'GET /app/engagements/:id/findings/import': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'POST /app/engagements/:id/findings/import': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM] },
  'GET /api/engagements/:id/findings/:fid': { scoped: true, callers: [...GLOBAL, 'mission_lead', 'mission_member'] },
  'PATCH /api/engagements/:id/findings/:fid': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ version: 1 }) },
  'POST /api/engagements/:id/findings/:fid/validate': { scoped: true, callers: [...GLOBAL, 'mission_lead'] },
  'POST /api/engagements/:id/findings/:fid/withdraw': { scoped: true, callers: [...GLOBAL, ...MISSION_TEAM], body: () => ({ reason: 'duplicate' }) },
  'POST /api/engagements/:id/findings/:fid/rescore': {
    scoped: true,
    callers: [...GLOBAL, ...MISSION_TEAM],
    body: () => ({ level: 3, missionId: '00000000-0000-4000-8000-000000000000' }),
  },
};

/** Valid for no route: an unknown field, a wrong type for the common ones, and nothing that is required. */
const INVALID_BODY = { unexpected: 'field', version: 'not a number', type: 42, title: 42 };

let targetUserId = '';
/** A CSRF secret (its cookie) and a token made from it, as a page's form would carry. */
let csrf = { cookie: '', token: '' };
const ownIds = { mission: '', finding: '', action: '', comment: '' };
const otherIds = { mission: '', finding: '', action: '', comment: '' };

describe('Access matrix over every registered route', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  const sessions = {} as Record<Caller, Session>;
  let own = '';
  let other = '';
  const responses: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    routes = registeredRoutes(t.app);
    for (const caller of CALLERS) sessions[caller] = await signIn(t, CALLER_SETUP[caller].role);
    csrf = await csrfOf(t);
    own = (await sessions.programme_manager.post('/api/engagements').send(engagementInput({ country: 'TGO' })).expect(201)).body.id;
    other = (await sessions.programme_manager.post('/api/engagements').send(engagementInput({ country: 'TUN' })).expect(201)).body.id;
    for (const caller of CALLERS) {
      const membership = CALLER_SETUP[caller].membership;
      if (membership) await addMember(t, own, sessions[caller].userId, membership);
    }
    // A focal point of the other State: the user that member and user routes act on.
    const target = await signIn(t, 'focal_point');
    targetUserId = target.userId;
    await addMember(t, other, targetUserId, 'focal_point');
    // Each engagement is walked into roadmap consultation, so that every route has something real to act on.
    const otherLead = await signIn(t, 'mission_member');
    await addMember(t, other, otherLead.userId, 'mission_lead');
    const pm = sessions.programme_manager;
    for (const [engagementId, ids, leadId, focal] of [
      [own, ownIds, sessions.mission_lead.userId, sessions.focal_point],
      [other, otherIds, otherLead.userId, target],
    ] as const) {
      const base = `/api/engagements/${engagementId}`;
      ids.mission = (await pm.post(`${base}/missions`).send(missionInput({ leadId })).expect(201)).body.id;
      await pm.post(`${base}/missions/${ids.mission}/consultations`).send(consultationInput()).expect(201);
      await pm.post(`${base}/events`).send({ type: 'START_MISSION' }).expect(200);
      await pm.post(`${base}/events`).send({ type: 'COMPLETE_MISSION' }).expect(200);
      ids.finding = (await pm.post(`${base}/findings`).send(findingInput()).expect(201)).body.id;
      const urban = (await pm.post(`${base}/findings`).send(findingInput({ thematicArea: 'urban_centres' })).expect(201)).body.id;
      for (const findingId of [ids.finding, urban]) await pm.post(`${base}/findings/${findingId}/validate`).expect(200);
      await pm.post(`${base}/events`).send({ type: 'SUBMIT_ASSESSMENT' }).expect(200);
      ids.action = (await pm.post(`${base}/roadmap/actions`).send(actionInput([ids.finding, urban])).expect(201)).body.id;
      await pm.post(`${base}/roadmap/versions`).expect(201);
      await pm.post(`${base}/roadmap/versions/1/release`).expect(200);
      ids.comment = (await focal.post(`${base}/roadmap/versions/1/comments`).send({ body: 'Please name the ministry.' }).expect(201)).body.id;
    }
  });
  afterAll(() => t.close());

  function url(route: RegisteredRoute, engagementId: string): string {
    const ids = engagementId === own ? ownIds : otherIds;
    return route.path
      .replace(':id', engagementId)
      .replace(':userId', targetUserId)
      .replace(':mid', ids.mission)
      .replace(':fid', ids.finding)
      .replace(':aid', ids.action)
      .replace(':cid', ids.comment)
      .replace(':n', '1')
      .concat(RULES[`${route.method} ${route.path}`]?.query ?? '');
  }

  /**
   * `invalid`: send a body no route accepts (a caller who may not act must be refused before the body is
   * looked at: access is decided by the guard, before validation).
   */
  async function call(route: RegisteredRoute, session: Session | undefined, engagementId: string, invalid = false) {
    const path = url(route, engagementId);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const pending = session ? session[method](path) : t.http()[method](path);
    const rule = RULES[`${route.method} ${route.path}`];
    const body = invalid ? INVALID_BODY : rule?.body?.();
    const form = invalid ? INVALID_BODY : rule?.form?.();
    const response = await (route.path.startsWith('/app') && method !== 'get'
      ? pending.set('cookie', csrf.cookie).type('form').send({ ...form, _csrf: csrf.token })
      : body
        ? pending.send(body)
        : pending);
    // Binary answers (PDF) have no text; they carry no account data either.
    responses.push(response.text ?? '');
    return response;
  }

  it('has a rule for every route the app serves', () => {
    const missing = routes.map((route) => `${route.method} ${route.path}`).filter((key) => !(key in RULES));
    expect(missing).toEqual([]);
  });

  it('answers each role as DESIGN §4 implies, on its own and on another country\'s engagement', async () => {
    const leaks: string[] = [];
    let checks = 0;
    for (const route of routes) {
      const rule = RULES[`${route.method} ${route.path}`];
      if (rule.public) continue;
      for (const caller of CALLERS) {
        for (const [where, engagementId] of [['own', own], ['other', other]] as const) {
          if (!rule.scoped && where === 'other') continue;
          const mayUse = rule.callers?.includes(caller) ?? false;
          const outOfScope = rule.scoped && where === 'other' && !GLOBAL.includes(caller);
          const expected = outOfScope ? 'hidden (404)' : mayUse ? 'allowed' : 'forbidden (403)';
          // A refused write is sent an invalid body: the refusal must come before validation.
          const response = await call(route, sessions[caller], engagementId, expected !== 'allowed' && route.method !== 'GET');
          checks += 1;
          const hidden = response.body?.code === 'ENGAGEMENT_NOT_FOUND' || /There is no engagement [^,]+, or it is not yours to see/.test(response.text ?? '');
          const actual =
            response.status === 404 && hidden
              ? 'hidden (404)'
              : response.status === 403
                ? 'forbidden (403)'
                : response.status === 401
                  ? 'unauthenticated (401)'
                  : 'allowed';
          if (actual !== expected) {
            leaks.push(`${caller} ${route.method} ${route.path} on ${where}: expected ${expected}, got ${response.status} ${response.text.slice(0, 200)}`);
          }
        }
      }
    }
    process.stdout.write(`access matrix: ${routes.length} routes, ${CALLERS.length} callers, ${checks} checks, ${leaks.length} mismatches\n`);
    recordFigure('access matrix', 'routes, callers, checks (own and other country for engagement routes)', `${routes.length}, ${CALLERS.length}, ${checks} checks → ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    // Nearly a thousand requests, each answer also checked against the OpenAPI document: more than the default minute on a busy machine.
  }, 180_000);

  it('lists only the engagements a caller is a member of', async () => {
    for (const caller of CALLERS) {
      const ids = (await sessions[caller].get('/api/engagements').expect(200)).body.items.map((e: { id: string }) => e.id);
      if (GLOBAL.includes(caller)) expect(ids).toEqual(expect.arrayContaining([own, other]));
      else expect({ caller, ids }).toEqual({ caller, ids: [own] });
    }
    // Filtering by the other country does not reveal it either.
    expect((await sessions.focal_point.get('/api/engagements?country=TUN').expect(200)).body.total).toBe(0);
  });

  it('answers 401 on every non-public route without a session, with a tampered token, an expired one, one from another key or of an ended session', async () => {
    const jwt = t.app.get(JwtService);
    const victim = sessions.programme_manager;
    const [header, payload, signature] = victim.token.split('.');
    // The victim's real session claims (issuer, audience, session id), so that only what a kind names is wrong.
    const { sub, iss, aud, jti } = jwt.decode<{ sub: string; iss: string; aud: string; jti: string }>(victim.token);
    const ended = await sessionOf(t, victim.email, TEST_PASSWORD);
    await ended.post('/api/auth/logout').expect(204);
    const forgedPayload = Buffer.from(JSON.stringify({ sub: sessions.admin.userId, exp: 9_999_999_999 })).toString('base64url');
    const tokens: Record<string, string | undefined> = {
      missing: undefined,
      garbage: 'not-a-token',
      'tampered signature': `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`,
      'forged payload': `${header}.${forgedPayload}.${signature}`,
      expired: jwt.sign({ sub, iss, aud, jti, exp: Math.floor(Date.now() / 1000) - 60 }),
      'another key': jwt.sign({ sub, iss, aud, jti }, { secret: 'another secret of at least thirty-two chars' }),
      'ended session': ended.token,
      'unsigned (alg none)': `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
    };
    for (const route of routes) {
      if (RULES[`${route.method} ${route.path}`].public) continue;
      for (const [kind, token] of Object.entries(tokens)) {
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const page = route.path.startsWith('/app');
        const pending = t.http()[method](url(route, own));
        const authenticated = token ? pending.set('authorization', `Bearer ${token}`) : pending;
        // A page's form carries its CSRF token; what is checked here is the session.
        const response = await (page && method !== 'get' ? authenticated.set('cookie', csrf.cookie).type('form').send({ _csrf: csrf.token }) : authenticated);
        // The API answers 401; a page sends the browser to the sign-in page.
        expect({ route: `${route.method} ${route.path}`, kind, status: response.status }).toEqual({
          route: `${route.method} ${route.path}`,
          kind,
          status: page ? 303 : 401,
        });
        expect(response.headers['www-authenticate']).toBe('Bearer');
        if (page) expect(response.headers.location).toMatch(/^\/app\/login/);
        else expect(response.body.code).toBe(token ? 'SESSION_INVALID' : 'AUTHENTICATION_REQUIRED');
      }
    }
  });

  it('never returns a password hash', () => {
    expect(responses.length).toBeGreaterThan(100);
    for (const text of responses) {
      expect(text).not.toContain('$argon2');
      expect(text).not.toMatch(/password_?hash/i);
    }
  });
});
