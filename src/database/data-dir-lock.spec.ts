import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryInUseError, DataDirectoryLock } from './data-dir-lock';

describe('DataDirectoryLock', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the directory and records the owner pid', () => {
    const nested = join(dataDir, 'a', 'b');
    const lock = DataDirectoryLock.acquire(nested);
    expect(readFileSync(join(nested, '.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(nested, '.lock'))).toBe(false);
  });

  it('refuses a directory held by a live process, naming it', () => {
    const lock = DataDirectoryLock.acquire(dataDir);
    expect(() => DataDirectoryLock.acquire(dataDir)).toThrow(DataDirectoryInUseError);
    expect(() => DataDirectoryLock.acquire(dataDir)).toThrow(`in use by another process (pid ${process.pid})`);
    lock.release();
    DataDirectoryLock.acquire(dataDir).release();
  });

  it('takes over a lock left by a process that died', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = child.stdout.toString();
    writeFileSync(join(dataDir, '.lock'), deadPid);
    const lock = DataDirectoryLock.acquire(dataDir);
    expect(readFileSync(join(dataDir, '.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('takes over an empty or unreadable lock file', () => {
    writeFileSync(join(dataDir, '.lock'), '');
    DataDirectoryLock.acquire(dataDir).release();
  });

  it('never removes a lock it no longer owns', () => {
    const lock = DataDirectoryLock.acquire(dataDir);
    writeFileSync(join(dataDir, '.lock'), '1');
    lock.release();
    expect(readFileSync(join(dataDir, '.lock'), 'utf8')).toBe('1');
  });
});
