import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface MainResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, '..', '..');

/** Runs `src/main.ts` as its own process (as `npm start` would, without the build) until it exits. */
/** ts-node compiles the whole service before it runs: on a busy two-core machine that alone can take most of a minute. */
export const MAIN_EXIT_TIMEOUT_MS = 100_000;

export function runMainUntilExit(env: Record<string, string>, timeoutMs = MAIN_EXIT_TIMEOUT_MS): Promise<MainResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_SWC: 'true', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main did not exit within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningService {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit. */
  stop: () => Promise<void>;
}

/**
 * Starts a service as its own process on a free port and resolves once it says it is running: by default
 * `src/main.ts` through ts-node; `compiled` runs a built JavaScript file as it is. Once it serves, its output is
 * drained and dropped, so that a process under load does not fill this one.
 */
export function startService(
  env: Record<string, string>,
  options: { script?: string; compiled?: boolean; timeoutMs?: number } = {},
): Promise<RunningService> {
  const script = options.script ?? 'src/main.ts';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, options.compiled ? [script] : ['-r', 'ts-node/register', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TS_NODE_SWC: 'true', NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ready = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the service did not start within ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      if (ready) return;
      output += chunk.toString();
      const match = /is running on (http:\/\/\S+)/.exec(output);
      if (match) {
        ready = true;
        clearTimeout(timer);
        resolve({ url: match[1].replace('localhost', '127.0.0.1'), child, output: () => output, exited, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}) before it served\n${output}`));
    });
  });
}
