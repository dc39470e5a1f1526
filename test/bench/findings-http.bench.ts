/**
 * `npm run bench`: the findings list (50 findings) over HTTP at 50 connections (autocannon), on the
 * embedded engine and on the PostgreSQL server, against a bare Fastify + pg server running the same SQL.
 * Each figure is the median of three runs; the ratio compares the two in the same run.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startService } from '../utils/run-main';
import { benchConfig, median, Row, runBench, SERVER_URL, withServerDatabase } from './bench-kit';
import { createApp } from '../../src/app.setup';
import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { EngagementsService } from '../../src/engagements/engagements.service';
import { FindingsService } from '../../src/findings/findings.service';
import { UsersService } from '../../src/users/users.service';

const JWT_SECRET = 'a benchmark secret of at least thirty-two characters';
const RUNS = 3;

interface Target {
  dataDir: string;
  databaseUrl?: string;
}

/** Seeds an engagement with 50 validated findings, and captures the SQL the app runs for one list request. */
async function seed(target: Target): Promise<{ path: string; token: string; statementsFile: string }> {
  const config = benchConfig({ ...target, jwtSecret: JWT_SECRET });
  const app = await createApp(config);
  try {
    await app.getHttpAdapter().getInstance().ready();
    await app.get(UsersService).ensure(SYSTEM_ACTOR, { email: 'bench@example.org', name: 'Bench', role: 'programme_manager', password: 'bench-password-123' });
    const engagement = await app.get(EngagementsService).create(SYSTEM_ACTOR, { country: 'TGO', title: 'Togo', thematicAreas: ['uas'], languages: ['fr'] });
    const findings = app.get(FindingsService);
    for (let i = 0; i < 50; i += 1) {
      await findings.create(SYSTEM_ACTOR, engagement.id, {
        kind: 'gap',
        thematicArea: 'uas',
        dimension: 'legal',
        phase: 'prevent',
        level: 1 + (i % 5),
        title: `Finding ${i + 1}: no legal basis for detecting drones over crowds`,
        observation: 'The security forces have no mandate to detect, track or neutralise unmanned aircraft over crowds. '.repeat(2),
        sensitivity: 'restricted',
      });
    }
    const login = await request(app.getHttpServer()).post('/api/auth/login').send({ email: 'bench@example.org', password: 'bench-password-123' });
    const token = login.body.accessToken as string;
    const path = `/api/engagements/${engagement.id}/findings?limit=50`;
    const captured: { sql: string; parameters: unknown[] }[] = [];
    const original = PostgresQueryRunner.prototype.query;
    PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, sql: string, parameters?: unknown[], ...rest: never[]) {
      captured.push({ sql, parameters: parameters ?? [] });
      return original.call(this, sql, parameters, ...rest);
    } as typeof original;
    try {
      const response = await request(app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`);
      if (response.status !== 200 || response.body.items.length !== 50) throw new Error(`the list answered ${response.status}`);
    } finally {
      PostgresQueryRunner.prototype.query = original;
    }
    const statementsFile = join(target.dataDir, 'statements.json');
    writeFileSync(statementsFile, JSON.stringify(captured.filter((statement) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(statement.sql))));
    return { path, token, statementsFile };
  } finally {
    await app.close();
  }
}

async function load(url: string, token?: string): Promise<{ rps: number; p99: number; errors: number }> {
  const run = (duration: number) =>
    autocannon({ url, connections: 50, duration, headers: token ? { authorization: `Bearer ${token}` } : {} });
  await run(2);
  const results = [];
  for (let i = 0; i < RUNS; i += 1) results.push(await run(5));
  return {
    rps: median(results.map((r) => r.requests.average)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

async function measure(engine: 'embedded' | 'server', target: Target): Promise<Row[]> {
  const { path, token, statementsFile } = await seed(target);
  const env = { DATA_DIR: target.dataDir, JWT_SECRET, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) };
  const app = await startService({ ...env, NODE_ENV: 'production', LOG_LEVEL: 'info' });
  let appResult;
  try {
    if (process.env.BENCH_PROFILE) {
      process.stdout.write(`app at ${app.url}${path}\ntoken ${token}\n`);
      await new Promise((resolve) => setTimeout(resolve, 600_000));
    }
    appResult = await load(`${app.url}${path}`, token);
  } finally {
    await app.stop();
  }
  const bare = await startService({ ...env, STATEMENTS_FILE: statementsFile }, { script: 'test/bench/bare-findings-server.ts' });
  let bareResult;
  try {
    bareResult = await load(`${bare.url}/findings`);
  } finally {
    await bare.stop();
  }
  const label = `findings list (50) over HTTP, 50 connections, ${engine}`;
  return [
    [`${label}: app, requests/s (p99)`, `${Math.round(appResult.rps)} (${appResult.p99} ms)`, 'p99 ≤ 50 ms'],
    [`${label}: bare Fastify + pg, same SQL, requests/s (p99)`, `${Math.round(bareResult.rps)} (${bareResult.p99} ms)`, '—'],
    [`${label}: app / bare`, `${(appResult.rps / bareResult.rps).toFixed(2)}×${appResult.errors + bareResult.errors > 0 ? ` (${appResult.errors + bareResult.errors} errors)` : ''}`, '≥ 0.7×'],
  ];
}

async function findingsBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const embeddedDir = mkdtempSync(join(tmpdir(), 'vt-bench-findings-'));
  const serverDir = mkdtempSync(join(tmpdir(), 'vt-bench-findings-'));
  try {
    rows.push(...(await measure('embedded', { dataDir: embeddedDir })));
    const server = await withServerDatabase('vt_bench_findings', (url) => measure('server', { dataDir: serverDir, databaseUrl: url }));
    rows.push(...(server ?? [['findings list over HTTP, PostgreSQL server', 'skipped', `no server at ${SERVER_URL}`] as Row]));
  } finally {
    rmSync(embeddedDir, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  }
  return rows;
}

runBench('Findings list over HTTP', findingsBench);
