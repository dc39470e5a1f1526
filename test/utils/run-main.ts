import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface MainResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, '..', '..');

/** Runs `src/main.ts` as its own process (as `npm start` would, without the build) until it exits. */
export function runMainUntilExit(env: Record<string, string>, timeoutMs = 30_000): Promise<MainResult> {
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
