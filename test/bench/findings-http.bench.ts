/**
 * `npm run bench`: the findings list (50 findings) over HTTP at 50 connections (autocannon), on the
 * embedded engine and on the PostgreSQL server, against a bare Fastify + pg server running the same SQL.
 * Each figure is the median of five runs of five seconds; the ratio is the median of the runs' ratios.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const RUNS = 5;

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

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, token?: string, seconds = 5): Promise<Load> {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * The app (as `npm start` runs it) and the bare server run side by side, and their runs alternate, so that a
 * neighbour's load on this shared machine weighs on both alike; the ratio is the median of the runs' ratios.
 * The embedded engine is one process per data directory: the bare server gets a copy of the seeded one.
 */
async function measure(engine: 'embedded' | 'server', target: Target): Promise<Row[]> {
  const { path, token, statementsFile } = await seed(target);
  const env = { JWT_SECRET, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) };
  const bareDir = target.databaseUrl ? target.dataDir : `${target.dataDir}-bare`;
  if (bareDir !== target.dataDir) cpSync(target.dataDir, bareDir, { recursive: true });
  const app = await startService({ ...env, DATA_DIR: target.dataDir, NODE_ENV: 'production', LOG_LEVEL: 'info' }, { script: 'dist/src/main.js', compiled: true });
  const bare = await startService({ ...env, DATA_DIR: bareDir, STATEMENTS_FILE: statementsFile }, { script: 'test/bench/bare-findings-server.ts' }).catch(
    async (error: unknown) => {
      await app.stop();
      throw error;
    },
  );
  const appRuns: Load[] = [];
  const bareRuns: Load[] = [];
  try {
    await load(`${app.url}${path}`, token, 2);
    await load(`${bare.url}/findings`, undefined, 2);
    for (let i = 0; i < RUNS; i += 1) {
      appRuns.push(await load(`${app.url}${path}`, token));
      bareRuns.push(await load(`${bare.url}/findings`));
    }
  } finally {
    await Promise.all([app.stop(), bare.stop()]);
    if (bareDir !== target.dataDir) rmSync(bareDir, { recursive: true, force: true });
  }
  const figures = (runs: Load[]): string => `${Math.round(median(runs.map((run) => run.rps)))} (${median(runs.map((run) => run.p99))} ms)`;
  const ratio = median(appRuns.map((run, i) => run.rps / bareRuns[i].rps));
  const errors = [...appRuns, ...bareRuns].reduce((sum, run) => sum + run.errors, 0);
  const label = `findings list (50) over HTTP, 50 connections, ${engine}`;
  return [
    [`${label}: app, requests/s (p99)`, figures(appRuns), 'p99 ≤ 50 ms'],
    [`${label}: bare Fastify + pg, same SQL, requests/s (p99)`, figures(bareRuns), '—'],
    [`${label}: app / bare`, `${ratio.toFixed(2)}×${errors > 0 ? ` (${errors} errors)` : ''}`, '≥ 0.7×'],
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
