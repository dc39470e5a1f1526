/**
 * Decides which document is rendered next, so that no one can monopolise the renderer:
 * - identical renders (same key) share one job: a hundred requests for one uncached PDF render it once;
 * - each account has its own queue, and the free threads take the accounts' queues in turn (round robin),
 *   so another user's document waits for the renders already running, not for one account's backlog;
 * - an account may have at most `perOwner` distinct renders waiting or running, and the whole renderer
 *   at most `capacity`; past either, the request is refused at once instead of piling up;
 * - background work (pre-rendering) takes an idle thread only: it is refused whenever every thread is busy or
 *   anything waits, never waits in the queue, and does not count against `capacity`, so that it never makes a
 *   user's request wait behind it in the queue nor be refused. A request for the same key joins it.
 */
export interface RenderLimits {
  /** Renders running at once (the worker threads). */
  threads: number;
  /** Distinct renders waiting or running, all accounts together. */
  capacity: number;
  /** Distinct renders waiting or running for one account. */
  perOwner: number;
}

export type RenderRefusal = 'busy' | 'owner-busy';

export class RenderRefusedError extends Error {
  constructor(readonly reason: RenderRefusal) {
    super(reason === 'busy' ? 'The renderer is full' : 'This account has too many documents being prepared');
  }
}

interface Job<T> {
  key: string;
  owner: string;
  background: boolean;
  start: () => Promise<T>;
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export class RenderScheduler<T> {
  private readonly jobs = new Map<string, Job<T>>();
  /** Waiting jobs per owner, in the order the owners first queued (round robin from the front). */
  private readonly waiting = new Map<string, Job<T>[]>();
  private readonly perOwnerCount = new Map<string, number>();
  private running = 0;
  private readonly runningPerOwner = new Map<string, number>();
  /** When each owner was last served (a counter), for the round robin; forgotten when they have nothing left. */
  private readonly lastServed = new Map<string, number>();
  private served = 0;
  private background = 0;

  constructor(private readonly limits: RenderLimits) {}

  /** Distinct renders waiting or running. */
  get size(): number {
    return this.jobs.size;
  }

  /**
   * The result for `key`: joins the job already waiting or running for it, or queues a new one for `owner`
   * (`start` is called when a thread is free). Throws RenderRefusedError when a limit is reached.
   */
  submit(key: string, owner: string, start: () => Promise<T>, options: { background?: boolean } = {}): Promise<T> {
    const shared = this.jobs.get(key);
    if (shared) return shared.promise;
    const background = options.background ?? false;
    if (background ? this.running >= this.limits.threads || this.waiting.size > 0 : this.jobs.size - this.background >= this.limits.capacity) {
      throw new RenderRefusedError('busy');
    }
    const owned = this.perOwnerCount.get(owner) ?? 0;
    if (owned >= this.limits.perOwner) throw new RenderRefusedError('owner-busy');
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job: Job<T> = { key, owner, background, start, promise, resolve, reject };
    this.jobs.set(key, job);
    if (background) this.background += 1;
    this.perOwnerCount.set(owner, owned + 1);
    const queue = this.waiting.get(owner);
    if (queue) queue.push(job);
    else this.waiting.set(owner, [job]);
    this.dispatch();
    return promise;
  }

  private dispatch(): void {
    while (this.running < this.limits.threads) {
      const job = this.nextJob();
      if (!job) return;
      this.running += 1;
      void this.run(job);
    }
  }

  /**
   * The oldest waiting job of the owner with the fewest renders running, and among those the one served
   * longest ago: a busy account waits while others are served.
   */
  private nextJob(): Job<T> | undefined {
    let chosen: string | undefined;
    for (const owner of this.waiting.keys()) {
      if (chosen === undefined || this.goesBefore(owner, chosen)) chosen = owner;
    }
    if (chosen === undefined) return undefined;
    const queue = this.waiting.get(chosen) ?? [];
    const job = queue.shift();
    if (queue.length === 0) this.waiting.delete(chosen);
    this.runningPerOwner.set(chosen, (this.runningPerOwner.get(chosen) ?? 0) + 1);
    this.lastServed.set(chosen, (this.served += 1));
    return job;
  }

  private goesBefore(owner: string, other: string): boolean {
    const running = this.runningPerOwner.get(owner) ?? 0;
    const otherRunning = this.runningPerOwner.get(other) ?? 0;
    if (running !== otherRunning) return running < otherRunning;
    return (this.lastServed.get(owner) ?? 0) < (this.lastServed.get(other) ?? 0);
  }

  private async run(job: Job<T>): Promise<void> {
    try {
      job.resolve(await job.start());
    } catch (error) {
      job.reject(error);
    } finally {
      this.jobs.delete(job.key);
      if (job.background) this.background -= 1;
      const owned = (this.perOwnerCount.get(job.owner) ?? 1) - 1;
      if (owned > 0) this.perOwnerCount.set(job.owner, owned);
      else this.perOwnerCount.delete(job.owner);
      const running = (this.runningPerOwner.get(job.owner) ?? 1) - 1;
      if (running > 0) this.runningPerOwner.set(job.owner, running);
      else this.runningPerOwner.delete(job.owner);
      if (owned === 0) this.lastServed.delete(job.owner);
      this.running -= 1;
      this.dispatch();
    }
  }
}
