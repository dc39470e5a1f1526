import { Injectable } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { DomainError, ErrorCode } from '../common/errors/domain-error';

/**
 * argon2id verifications at once: each takes 64 MiB and a core for half a second or more. At most 2, and one
 * core fewer than the machine has, so that the event loop (and an embedded database, which runs on it) keeps one.
 */
export const MAX_CONCURRENT_CHECKS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Checks waiting, in all and per client: past these, an attempt is refused at once rather than queued. */
export const MAX_WAITING_CHECKS = 16;
export const MAX_WAITING_PER_CLIENT = 2;

export interface CheckLimits {
  concurrent: number;
  waiting: number;
  waitingPerClient: number;
}

export class SignInBusyError extends DomainError {
  constructor() {
    super(ErrorCode.LoginThrottled, 'Too many sign-ins are being checked at this moment. Try again in 1 second.', [], { 'retry-after': '1' });
  }
}

/**
 * Bounds the password-hashing work so that a flood of wrong passwords cannot starve other requests or a real
 * sign-in: at most MAX_CONCURRENT_CHECKS verifications run (libuv's other threads stay free for the rest of the
 * app), a short queue waits, and the queue is served round-robin by client (address or device) so that a flood
 * from one client makes another wait for a turn or two, never for the whole flood.
 */
@Injectable()
export class PasswordCheckLimiter {
  private limits: CheckLimits = { concurrent: MAX_CONCURRENT_CHECKS, waiting: MAX_WAITING_CHECKS, waitingPerClient: MAX_WAITING_PER_CLIENT };
  private running = 0;
  /** Waiters per client; the Map's order is the round-robin ring (a client served goes to its end). */
  private readonly waiting = new Map<string, (() => void)[]>();
  private waitingCount = 0;

  /** A limiter with other limits (for tests: the defaults depend on the machine). */
  static withLimits(limits: CheckLimits): PasswordCheckLimiter {
    const limiter = new PasswordCheckLimiter();
    limiter.limits = limits;
    return limiter;
  }

  async run<T>(client: string, check: () => Promise<T>): Promise<T> {
    await this.acquire(client);
    try {
      return await check();
    } finally {
      this.release();
    }
  }

  private acquire(client: string): Promise<void> {
    if (this.running < this.limits.concurrent && this.waitingCount === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    const queue = this.waiting.get(client) ?? [];
    if (queue.length >= this.limits.waitingPerClient || this.waitingCount >= this.limits.waiting) return Promise.reject(new SignInBusyError());
    return new Promise((resolve) => {
      queue.push(resolve);
      this.waiting.set(client, queue);
      this.waitingCount += 1;
    });
  }

  private release(): void {
    const next = this.waiting.entries().next();
    if (next.done) {
      this.running -= 1;
      return;
    }
    const [client, queue] = next.value;
    const wake = queue.shift() as () => void;
    this.waiting.delete(client);
    if (queue.length > 0) this.waiting.set(client, queue);
    this.waitingCount -= 1;
    // The slot passes straight to the waiter: `running` stays the same.
    wake();
  }
}
