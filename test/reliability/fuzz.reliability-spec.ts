import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { actionInput } from '../factories/action.factory';
import { findingInput } from '../factories/finding.factory';
import { adoptionInput } from '../factories/adoption.factory';
import { fixtures } from '../factories/engagement.fixture';
import { consultationInput, missionInput } from '../factories/mission.factory';
import { engagementInput } from '../factories/engagement.factory';
import { recordFigure } from '../utils/figures';
import { registeredRoutes } from '../utils/routes';
import { Session, sessionOf, signIn, TEST_PASSWORD } from '../utils/sessions';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Which engagement a route acts on: one in consultation, one in adoption, one in implementation. */
type World = 'consultation' | 'adoption' | 'implementation';

interface Seed {
  world: World;
  /** A valid body, which the generator mutates (dropping, replacing and adding fields). */
  body?: () => Record<string, unknown>;
  /** Routes that take a file instead of JSON. */
  raw?: 'csv' | 'pdf';
  /** Sent with a session of its own: the route ends the session it comes with (logout). */
  ownSession?: true;
}

const NIL = '00000000-0000-4000-8000-000000000000';
/** Stands for the row's current version in a PATCH body, filled in when the request is sent, so that edits get past the stale-version check. */
const CURRENT_VERSION = -424242;
const VERSIONED: Record<string, { table: string; param: 'id' | 'mid' | 'fid' | 'aid' }> = {
  'PATCH /api/engagements/:id': { table: 'engagements', param: 'id' },
  'PATCH /api/engagements/:id/missions/:mid': { table: 'missions', param: 'mid' },
  'PATCH /api/engagements/:id/findings/:fid': { table: 'findings', param: 'fid' },
  'PATCH /api/engagements/:id/roadmap/actions/:aid': { table: 'actions', param: 'aid' },
};

/** Every write endpoint of the API, with a valid body to start from. A new write route without a seed fails the suite. */
const SEEDS: Record<string, Seed> = {
  'POST /api/auth/login': { world: 'consultation', body: () => ({ email: 'nobody@test.example.org', password: 'not the password' }) },
  'POST /api/auth/logout': { world: 'consultation', ownSession: true },
  'POST /api/auth/password': { world: 'consultation', body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'fuzz-new-password-2026' }) },
  'POST /api/users': { world: 'consultation', body: () => ({ email: 'fuzz@test.example.org', name: 'Fuzz User', password: 'fuzz-password-123', role: 'focal_point' }) },
  'PATCH /api/users/:userId': { world: 'consultation', body: () => ({ name: 'Renamed', active: true }) },
  'POST /api/users/:userId/password': { world: 'consultation', body: () => ({ password: 'another-password-456' }) },
  'DELETE /api/users/:userId/sessions': { world: 'consultation' },
  'POST /api/engagements': { world: 'consultation', body: () => ({ ...engagementInput({ country: 'BEN' }) }) },
  'PATCH /api/engagements/:id': { world: 'consultation', body: () => ({ version: CURRENT_VERSION, title: 'A new title for the engagement' }) },
  'POST /api/engagements/:id/members': { world: 'consultation', body: () => ({ userId: NIL, role: 'observer' }) },
  'DELETE /api/engagements/:id/members/:userId': { world: 'consultation' },
  'POST /api/engagements/:id/missions': { world: 'consultation', body: () => ({ ...missionInput({}) }) },
  'PATCH /api/engagements/:id/missions/:mid': { world: 'consultation', body: () => ({ version: CURRENT_VERSION, endDate: '2026-03-07' }) },
  'POST /api/engagements/:id/missions/:mid/consultations': { world: 'consultation', body: () => ({ ...consultationInput() }) },
  'POST /api/engagements/:id/findings': { world: 'consultation', body: () => ({ ...findingInput() }) },
  'PATCH /api/engagements/:id/findings/:fid': { world: 'consultation', body: () => ({ version: CURRENT_VERSION, title: 'A corrected title' }) },
  'POST /api/engagements/:id/findings/:fid/validate': { world: 'consultation' },
  'POST /api/engagements/:id/findings/:fid/withdraw': { world: 'consultation', body: () => ({ reason: 'Duplicate of another finding' }) },
  'POST /api/engagements/:id/findings/:fid/rescore': { world: 'consultation', body: () => ({ level: 3, missionId: NIL }) },
  'POST /api/engagements/:id/findings/import': { world: 'consultation', raw: 'csv' },
  'POST /api/engagements/:id/roadmap/actions': { world: 'implementation', body: () => ({ ...actionInput([NIL]) }) },
  'PATCH /api/engagements/:id/roadmap/actions/:aid': { world: 'implementation', body: () => ({ version: CURRENT_VERSION, responsibleEntity: 'Ministry of Transport' }) },
  'DELETE /api/engagements/:id/roadmap/actions/:aid': { world: 'consultation' },
  'POST /api/engagements/:id/roadmap/recommend': { world: 'consultation' },
  'POST /api/engagements/:id/roadmap/versions': { world: 'consultation' },
  'POST /api/engagements/:id/roadmap/versions/:n/release': { world: 'consultation' },
  'POST /api/engagements/:id/roadmap/versions/:n/comments': { world: 'consultation', body: () => ({ body: 'Please name the ministry in charge.' }) },
  'POST /api/engagements/:id/roadmap/comments/:cid/decision': { world: 'consultation', body: () => ({ decision: 'accepted', reply: 'Agreed, it is named now.' }) },
  'POST /api/engagements/:id/comments/:cid/decision': { world: 'consultation', body: () => ({ decision: 'accepted', reply: 'Agreed, it is named now.' }) },
  'PUT /api/engagements/:id/adoption': { world: 'adoption', body: () => ({ ...adoptionInput() }) },
  'PUT /api/engagements/:id/adoption/document': { world: 'adoption', raw: 'pdf' },
  'POST /api/engagements/:id/roadmap/actions/:aid/progress': { world: 'implementation', body: () => ({ status: 'in_progress', percent: 30, note: 'Drafting' }) },
  'POST /api/engagements/:id/mentoring-sessions': { world: 'implementation', body: () => ({ date: '2027-01-19', mentor: 'UNOCT expert', topics: ['Risk'], actionIds: [NIL] }) },
  'POST /api/engagements/:id/trainings': {
    world: 'implementation',
    body: () => ({ course: 'risk_assessment', startDate: '2027-02-08', endDate: '2027-02-12', participants: { total: 20, women: 8, men: 12 }, institutions: ['Ministry'], actionIds: [NIL] }),
  },
  // Events last: one of them may withdraw the engagement the others act on.
  'POST /api/engagements/:id/events': { world: 'consultation', body: () => ({ type: 'REVISE', comment: 'Another round' }) },
};

/** Everything a request could have stored: a refused one must leave it as it was (login failures are counted on purpose). */
const FINGERPRINT = `SELECT
  (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM users) AS users, (SELECT coalesce(max(updated_at)::text, '') FROM users) AS users_changed,
  (SELECT count(*) FROM engagements) AS engagements, (SELECT coalesce(sum(version), 0) FROM engagements) AS engagement_versions,
  (SELECT count(*) FROM engagement_members) AS members, (SELECT count(*) FROM engagement_transitions) AS transitions,
  (SELECT count(*) FROM missions) AS missions, (SELECT coalesce(sum(version), 0) FROM missions) AS mission_versions, (SELECT count(*) FROM consultations) AS consultations,
  (SELECT count(*) FROM findings) AS findings, (SELECT coalesce(sum(version), 0) FROM findings) AS finding_versions, (SELECT count(*) FROM finding_levels) AS levels,
  (SELECT count(*) FROM actions) AS actions, (SELECT coalesce(sum(version), 0) FROM actions) AS action_versions,
  (SELECT count(*) FROM roadmap_versions) AS versions, (SELECT count(*) FILTER (WHERE released) FROM roadmap_versions) AS released,
  (SELECT count(*) FROM roadmap_comments) AS comments, (SELECT count(*) FILTER (WHERE decision IS NOT NULL) FROM roadmap_comments) AS decided,
  (SELECT count(*) FROM adoptions) AS adoptions, (SELECT coalesce(max(updated_at)::text, '') FROM adoptions) AS adoption_changed,
  (SELECT count(*) FROM progress_updates) AS progress, (SELECT count(*) FROM mentoring_sessions) AS mentoring, (SELECT count(*) FROM trainings) AS trainings`;

const CSV_HEADER = 'code,kind,thematicArea,dimension,phase,level,title,observation,sensitivity,frameworkRefs,evidence,missionId,status';

/** A valid body with fields dropped, replaced by any JSON value, or added; sometimes kept whole. */
function mutationsOf(seed: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(seed);
  const mutated = fc
    .tuple(
      fc.subarray(keys),
      keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }), { maxKeys: 3 }) : fc.constant({}),
      fc.option(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1, stringUnit: 'binary' }), { maxKeys: 2 }), { freq: 4 }),
    )
    .map(([dropped, replaced, extra]) => {
      const body: Record<string, unknown> = { ...seed };
      for (const key of dropped) delete body[key];
      return { ...body, ...replaced, ...(extra ?? {}) };
    });
  return fc.oneof({ arbitrary: mutated, weight: 8 }, { arbitrary: fc.constant(seed), weight: 1 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 });
}

/** What to send: JSON (or text that is not JSON), a CSV file, or bytes as a PDF. */
function payloadsOf(seed: Seed): fc.Arbitrary<{ contentType?: string; payload?: string | Buffer }> {
  if (seed.raw === 'csv') {
    const row = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('gap', 'uas', 'legal', 'prevent', '2', 'restricted')), { maxLength: 14 });
    return fc
      .oneof(fc.array(row, { maxLength: 5 }).map((rows) => [CSV_HEADER, ...rows.map((cells) => cells.join(','))].join('\n')), fc.string({ maxLength: 200 }))
      .map((payload) => ({ contentType: 'text/csv', payload }));
  }
  if (seed.raw === 'pdf') {
    return fc
      .oneof(fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)), fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(bytes)])))
      .map((payload) => ({ contentType: 'application/pdf', payload }));
  }
  if (!seed.body) return fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }).map((value) => ({ contentType: 'application/json', payload: JSON.stringify(value) })));
  return fc.oneof(
    { arbitrary: mutationsOf(seed.body()).map((value) => ({ contentType: 'application/json', payload: JSON.stringify(value) })), weight: 9 },
    { arbitrary: fc.string({ maxLength: 60 }).map((text) => ({ contentType: 'application/json', payload: text })), weight: 1 },
  );
}

describe('Fuzzing every write endpoint with generated bodies', () => {
  let t: TestApp;
  let admin: Session;
  const ids: Record<World, { id: string; mid: string; fid: string; aid: string; cid: string }> = {} as never;
  let userId = '';
  let ownSession = '';

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, 'admin');
    ownSession = (await sessionOf(t, admin.email, TEST_PASSWORD)).token;
    const lead = await signIn(t, 'mission_member');
    const focal = await signIn(t, 'focal_point');
    userId = focal.userId;
    const ctx = fixtures(t);
    const consultation = await ctx.newEngagement({ stage: 'roadmap.consultation', country: 'TGO', lead, focal, actions: [{}] });
    const aid = consultation.actionIds[0];
    const cid = (await focal.post(`${consultation.url}/roadmap/versions/1/comments`).send({ body: 'A first comment' }).expect(201)).body.id as string;
    const mid = (await admin.get(`${consultation.url}/missions`).expect(200)).body[0].id as string;
    ids.consultation = { id: consultation.id, mid, fid: consultation.findingIds[0], aid, cid };
    const adoption = await ctx.newEngagement({ stage: 'adoption', country: 'TUN', lead, focal });
    ids.adoption = { id: adoption.id, mid: NIL, fid: adoption.findingIds[0], aid: adoption.actionIds[0], cid: NIL };
    const implementation = await ctx.newEngagement({ stage: 'implementation', country: 'TJK', lead, focal, actions: [{}, {}] });
    ids.implementation = { id: implementation.id, mid: NIL, fid: implementation.findingIds[0], aid: implementation.actionIds[0], cid: NIL };
  });
  afterAll(() => t.close());

  it('has a seed for every write endpoint the app serves', () => {
    const writes = registeredRoutes(t.app)
      .filter((route) => route.path.startsWith('/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method))
      .map((route) => `${route.method} ${route.path}`);
    expect(writes.filter((key) => !(key in SEEDS))).toEqual([]);
    expect(Object.keys(SEEDS).filter((key) => !writes.includes(key))).toEqual([]);
  });

  it(`sends ${RUNS} generated bodies to each: never a 5xx, and a refused request stores nothing`, async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const db = t.app.get(DataSource);
    const fingerprint = async (): Promise<string> => JSON.stringify((await db.query(FINGERPRINT))[0]);
    const totals = { requests: 0, accepted: 0, refused: 0, serverErrors: 0, storedOnRefusal: 0 };
    const problems: string[] = [];
    let last = await fingerprint();
    for (const [key, seed] of Object.entries(SEEDS)) {
      const [method, path] = key.split(' ') as ['POST' | 'PUT' | 'PATCH' | 'DELETE', string];
      const world = ids[seed.world];
      const url = path.replace(':id', world.id).replace(':userId', userId).replace(':mid', world.mid).replace(':fid', world.fid).replace(':aid', world.aid).replace(':cid', world.cid).replace(':n', '1');
      await fc.assert(
        fc.asyncProperty(payloadsOf(seed), async ({ contentType, payload: generated }) => {
          const versioned = VERSIONED[key];
          let payload = generated;
          if (versioned && typeof payload === 'string' && payload.includes(String(CURRENT_VERSION))) {
            const [row] = await db.query<{ version: number }[]>(`SELECT version FROM ${versioned.table} WHERE id = $1`, [world[versioned.param]]);
            payload = payload.replaceAll(String(CURRENT_VERSION), String(row.version));
          }
          const response = await fastify.inject({
            method,
            url,
            headers: { authorization: `Bearer ${seed.ownSession ? ownSession : admin.token}`, ...(contentType ? { 'content-type': contentType } : {}) },
            ...(payload !== undefined ? { payload } : {}),
          });
          totals.requests += 1;
          const now = await fingerprint();
          if (response.statusCode >= 500) {
            totals.serverErrors += 1;
            problems.push(`${key} answered ${response.statusCode} to ${String(payload).slice(0, 200)}: ${response.body.slice(0, 300)}`);
          } else if (response.statusCode >= 400) {
            totals.refused += 1;
            if (now !== last) {
              totals.storedOnRefusal += 1;
              problems.push(`${key} refused (${response.statusCode}) ${String(payload).slice(0, 200)} but stored: ${last} → ${now}`);
            }
          } else {
            totals.accepted += 1;
          }
          last = now;
        }),
        { numRuns: RUNS, seed: 2026 },
      );
    }
    recordFigure('fuzzing (fast-check)', 'write endpoints × generated bodies', `${Object.keys(SEEDS).length} × ${RUNS} = ${totals.requests} requests`);
    recordFigure('fuzzing (fast-check)', 'accepted / refused', `${totals.accepted} / ${totals.refused}`);
    recordFigure('fuzzing (fast-check)', '5xx answers', totals.serverErrors);
    recordFigure('fuzzing (fast-check)', 'refused requests that stored something', totals.storedOnRefusal);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
