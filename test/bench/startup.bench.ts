/**
 * `npm run bench`: start-up of the built service (`node dist/src/main.js`, as `npm start` runs it) on the
 * embedded engine, on a fresh data directory and on an existing one: from the process start until it
 * serves /api/health. Medians of five starts each. Run `npm run build` first (the bench script does).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const STARTS = 5;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from spawning the service until its health check answers 200; then it is stopped. */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /is running on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the service exited (${code}): ${output}`)));
  });
  for (;;) {
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - started;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return elapsed;
}

export async function startupBench(): Promise<[string, string, string][]> {
  if (!existsSync(MAIN)) throw new Error('Build the service first: npm run build');
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < STARTS; i += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-start-'));
    try {
      fresh.push(await timeStart(dataDir));
      existing.push(await timeStart(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    [`embedded start-up, fresh data directory (migrations, demo data), median of ${STARTS}`, `${Math.round(median(fresh))} ms`, '≤ 5 s'],
    [`embedded start-up, existing data directory, median of ${STARTS}`, `${Math.round(median(existing))} ms`, '≤ 1.5 s'],
  ];
}

if (require.main === module) {
  startupBench().then(
    (rows) => {
      const width = Math.max(...rows.map((row) => row[0].length));
      process.stdout.write(`\nStart-up (${cpus().length} cores, Node ${process.version})\n`);
      for (const [name, value, target] of rows) process.stdout.write(`  ${name.padEnd(width)}  ${value.padStart(10)}  target ${target}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
      process.exit(1);
    },
  );
}
