import { cpus } from 'node:os';
import { Client } from 'pg';
import { AppConfig } from '../../src/config/app.config';
import { testConfig } from '../utils/create-test-app';

/** What every bench shares: its table, the app's settings, and a database of its own on the server. */

export type Row = [figure: string, value: string, target: string];

export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Settings for an app under measurement: the tests' settings (quiet, no demo data), on this data directory or database. */
export function benchConfig(target: { dataDir: string; databaseUrl?: string; jwtSecret?: string }): AppConfig {
  return testConfig(target, target.jwtSecret ? { jwtSecret: target.jwtSecret } : {});
}

/** Runs `work` on a database of its own on the PostgreSQL server, dropped afterwards; null when no server answers. */
export async function withServerDatabase<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  if (!(await admin.connect().then(() => true, () => false))) return null;
  const name = `${prefix}_${process.pid}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Measures, prints the figures as a table under `title`, and ends the process (failing loudly on an error). */
export function runBench(title: string, measure: () => Promise<Row[]>): void {
  measure().then(
    (rows) => {
      const width = Math.max(...rows.map((row) => row[0].length));
      const valueWidth = Math.max(10, ...rows.map((row) => row[1].length));
      process.stdout.write(`\n${title} (${cpus().length} cores, Node ${process.version})\n`);
      for (const [figure, value, target] of rows) process.stdout.write(`  ${figure.padEnd(width)}  ${value.padStart(valueWidth)}  target ${target}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
      process.exit(1);
    },
  );
}
