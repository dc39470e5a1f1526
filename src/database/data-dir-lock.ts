import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another process (pid ${ownerPid}). ` +
        'Stop that process, or give this one its own DATA_DIR.',
    );
    this.name = 'DataDirectoryInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock on a data directory: a `.lock` file holding the owner's pid, created atomically.
 * PGlite takes no lock of its own, and two processes on one directory corrupt it. A lock left by a
 * process that died (SIGKILL, power loss) is taken over at once instead of waiting out a stale timer.
 */
export class DataDirectoryLock {
  private released = false;

  private constructor(private readonly lockFile: string) {}

  static acquire(dataDir: string): DataDirectoryLock {
    mkdirSync(dataDir, { recursive: true });
    const lockFile = join(dataDir, '.lock');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        createWithContent(lockFile, String(process.pid));
        return new DataDirectoryLock(lockFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const ownerPid = Number.parseInt(readOwner(lockFile), 10);
        if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
          throw new DataDirectoryInUseError(dataDir, ownerPid);
        }
        if (ownerPid === process.pid) throw new DataDirectoryInUseError(dataDir, ownerPid);
        // The owner is gone: remove its lock and try once more (of two takers, one wins the link).
        unlinkQuietly(lockFile);
      }
    }
    throw new DataDirectoryInUseError(dataDir, Number.parseInt(readOwner(lockFile), 10));
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (readOwner(this.lockFile) === String(process.pid)) unlinkQuietly(this.lockFile);
  }
}

/** Creates `file` holding `content`, atomically: it never exists empty, and fails with EEXIST if present. */
function createWithContent(file: string, content: string): void {
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, content);
  try {
    linkSync(draft, file);
  } finally {
    unlinkQuietly(draft);
  }
}

function readOwner(lockFile: string): string {
  try {
    return readFileSync(lockFile, 'utf8').trim();
  } catch {
    return '';
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
