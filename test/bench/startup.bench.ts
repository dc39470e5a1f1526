/**
 * `npm run bench`: start-up of the built service (`node dist/src/main.js`, as `npm start` runs it) on the
 * embedded engine, on a fresh data directory and on an existing one: from the process start until it
 * serves /api/health. Medians of five starts each. Run `npm run build` first (the bench script does).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startService } from '../utils/run-main';
import { median, Row, runBench } from './bench-kit';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const STARTS = 5;

/** Milliseconds from spawning the built service until its health check answers 200; then it is stopped. */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const service = await startService({ DATA_DIR: dataDir, NODE_ENV: 'development' }, { script: MAIN, compiled: true });
  try {
    while (!(await fetch(`${service.url}/api/health`).then((health) => health.ok, () => false))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return performance.now() - started;
  } finally {
    await service.stop();
  }
}

async function startupBench(): Promise<Row[]> {
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

runBench('Start-up', startupBench);
