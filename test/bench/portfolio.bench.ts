/**
 * `npm run bench` (second part): the portfolio over 195 engagements (one per United Nations Member or observer
 * State) holding 29,250 findings and 19,500 actions, on the embedded engine and on the PostgreSQL server when one is
 * reachable. Prints a table.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { benchConfig, median, Row, runBench, SERVER_URL, withServerDatabase } from './bench-kit';
import { createApp } from '../../src/app.setup';
import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { EngagementsService } from '../../src/engagements/engagements.service';
import { UN_COUNTRY_CODES } from '../../src/reference/countries';
import { UsersService } from '../../src/users/users.service';

// A State has one engagement in progress at a time: one per United Nations Member or observer State (195).
const ENGAGEMENTS = UN_COUNTRY_CODES.length;
const FINDINGS_PER_ENGAGEMENT = 150;
const ACTIONS_PER_ENGAGEMENT = 100;
const RUNS = 30;

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

/** Fills the database through the app for engagements (with their audit rows), then in bulk with SQL. */
async function seed(app: Awaited<ReturnType<typeof createApp>>): Promise<void> {
  const engagements = app.get(EngagementsService);
  for (const country of UN_COUNTRY_CODES) {
    await engagements.create(SYSTEM_ACTOR, { country, title: `${country}: protection of vulnerable targets`, thematicAreas: ['uas', 'urban_centres'], languages: ['en'] });
  }
  const db = app.get(DataSource);
  // A spread of stages; most engagements are implementing their roadmap.
  await db.query(`
    WITH ranked AS (SELECT id, row_number() OVER (ORDER BY country) AS n FROM engagements)
    UPDATE engagements e SET stage = CASE WHEN r.n % 10 = 0 THEN 'roadmap.drafting' WHEN r.n % 10 = 1 THEN 'adoption' ELSE 'implementation' END,
                             stage_entered_at = now() - (r.n % 150) * interval '1 day'
      FROM ranked r WHERE r.id = e.id`);
  await db.query(
    `INSERT INTO findings (engagement_id, number, code, kind, thematic_area, dimension, phase, level, title, observation, sensitivity, status)
     SELECT e.id, g, e.country || '-F-' || lpad(g::text, 3, '0'), CASE WHEN g % 10 = 0 THEN 'good_practice' ELSE 'gap' END,
            CASE WHEN g % 2 = 0 THEN 'uas' ELSE 'urban_centres' END, 'legal', 'prevent', 1 + g % 5,
            'Finding ' || g, 'An observation of the mission', 'restricted', CASE WHEN g % 25 = 0 THEN 'draft' ELSE 'validated' END
       FROM engagements e, generate_series(1, $1::int) g`,
    [FINDINGS_PER_ENGAGEMENT],
  );
  await db.query(
    `INSERT INTO actions (engagement_id, number, code, title, description, finding_ids, thematic_area, responsible_entity, priority, timeframe, end_date, status, progress)
     SELECT e.id, g, 'A-' || lpad(g::text, 2, '0'), 'Action ' || g, 'What the State will do', '{}',
            CASE WHEN g % 2 = 0 THEN 'uas' ELSE 'urban_centres' END, 'Ministry', 'high', (ARRAY['short', 'medium', 'long'])[1 + g % 3],
            CASE WHEN g % 4 = 0 THEN NULL ELSE current_date + (g * 7 - 200) END,
            (ARRAY['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'])[1 + g % 5],
            CASE g % 5 WHEN 0 THEN 0 WHEN 2 THEN 100 ELSE g % 100 END
       FROM engagements e, generate_series(1, $1::int) g`,
    [ACTIONS_PER_ENGAGEMENT],
  );
  await db.query(`
    INSERT INTO roadmap_versions (engagement_id, number, status, released, content, sha256)
    SELECT id, 1, 'final', true, '{"actions":[]}', repeat('0', 64) FROM engagements WHERE stage = 'implementation'`);
  await db.query(`
    INSERT INTO adoptions (engagement_id, version_number, adopted_on, adopting_authority, instrument_reference)
    SELECT id, 1, current_date - 400, 'Council of Ministers', 'Decree' FROM engagements WHERE stage = 'implementation'`);
  await db.query('ANALYZE');
}

async function measure(databaseUrl: string | undefined): Promise<{ median: number; p95: number; rows: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-portfolio-'));
  const app = await createApp(benchConfig({ dataDir, databaseUrl }));
  try {
    await app.getHttpAdapter().getInstance().ready();
    await app.get(UsersService).ensure(SYSTEM_ACTOR, { email: 'bench@example.org', name: 'Bench', role: 'programme_manager', password: 'bench-password-123' });
    await seed(app);
    const login = await request(app.getHttpServer()).post('/api/auth/login').send({ email: 'bench@example.org', password: 'bench-password-123' });
    const bearer = `Bearer ${login.body.accessToken as string}`;
    let rows = 0;
    for (let i = 0; i < 5; i += 1) rows = (await request(app.getHttpServer()).get('/api/portfolio').set('authorization', bearer).expect(200)).body.length;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      await request(app.getHttpServer()).get('/api/portfolio').set('authorization', bearer).expect(200);
      times.push(performance.now() - started);
    }
    return { median: median(times), p95: percentile(times, 95), rows };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function portfolioBench(): Promise<Row[]> {
  const label = `portfolio over HTTP, ${ENGAGEMENTS} engagements, ${ENGAGEMENTS * FINDINGS_PER_ENGAGEMENT} findings, ${ENGAGEMENTS * ACTIONS_PER_ENGAGEMENT} actions`;
  const rows: Row[] = [];
  const embedded = await measure(undefined);
  rows.push([`${label}, embedded, median of ${RUNS} (p95 ${Math.round(embedded.p95)} ms)`, `${Math.round(embedded.median)} ms`, '≤ 150 ms']);
  const server = await withServerDatabase('vt_bench_portfolio', (url) => measure(url));
  rows.push(
    server
      ? [`${label}, PostgreSQL server, median of ${RUNS} (p95 ${Math.round(server.p95)} ms)`, `${Math.round(server.median)} ms`, '≤ 150 ms']
      : [`${label}, PostgreSQL server`, 'skipped', `no server at ${SERVER_URL}`],
  );
  return rows;
}

runBench('Portfolio', portfolioBench);
