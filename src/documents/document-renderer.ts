import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { RoadmapDocument } from '../../templates/roadmap-document';
import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { RenderRefusedError, RenderScheduler } from './render-scheduler';

export const RENDER_TIME_LIMIT_MS = 60_000;
/** One worker thread per core. */
export const defaultRenderThreads = (): number => Math.max(1, availableParallelism());
export const MAX_QUEUED_RENDERS = 64;
/** Warmed threads are kept this long without work (a day): warm threads answer the first request at once. */
const KEPT_THREADS_IDLE_MS = 24 * 60 * 60 * 1000;
/** Distinct documents one account may have waiting or running at once. */
export const RENDERS_PER_ACCOUNT = 4;

export class RendererBusyError extends DomainError {
  constructor() {
    super(ErrorCode.DocumentRendererBusy, 'Too many documents are being prepared right now. Try again in a minute.', [], { 'retry-after': '30' });
  }
}

export class AccountRendersBusyError extends DomainError {
  constructor() {
    super(
      ErrorCode.DocumentRendersPerAccount,
      `You already have ${RENDERS_PER_ACCOUNT} documents being prepared. Try again when they are ready.`,
      [],
      { 'retry-after': '10' },
    );
  }
}

export interface RenderJob {
  /** Identical keys share one render (the document cache key); absent: never shared. */
  key?: string;
  /** The account asking; absent: an internal caller, not limited per account. */
  owner?: string;
  /** Work no one waits for (pre-rendering): it takes an idle thread or is refused at once (RendererBusyError). */
  background?: boolean;
}

/** A page of text in each of the four faces: loads pdfmake's layout code and every font file in a worker. */
const WARM_UP: RoadmapDocument = {
  definition: {
    content: [{ text: 'a' }, { text: 'b', bold: true }, { text: 'c', italics: true }, { text: 'd', bold: true, italics: true }],
  },
  footer: { left: '', pageWord: '', ofWord: '' },
};

export class RenderFailedError extends DomainError {
  constructor(reason: string) {
    super(ErrorCode.DocumentRenderFailed, `The document could not be produced: ${reason}.`);
  }
}

/**
 * A bounded pool of worker threads that turn document definitions into PDF bytes, fed by a scheduler that
 * shares identical renders and takes the accounts' requests in turn (render-scheduler.ts).
 */
@Injectable()
export class DocumentRenderer implements OnModuleDestroy {
  private readonly pool: Piscina;
  private readonly scheduler: RenderScheduler<Buffer>;
  private unshared = 0;
  /** Renders actually run (shared requests count once). */
  rendersStarted = 0;

  constructor(
    readonly threads = defaultRenderThreads(),
    warmThreads = 1,
    maxQueue = MAX_QUEUED_RENDERS,
    perAccount = RENDERS_PER_ACCOUNT,
  ) {
    // Queued here rather than in piscina: its maxQueue does not apply to tasks given an AbortSignal, and its
    // queue is first come, first served.
    this.scheduler = new RenderScheduler({ threads, capacity: threads + maxQueue, perOwner: perAccount });
    this.pool = new Piscina({
      filename: join(__dirname, 'render.worker.js'),
      // One thread starts with the service; the others start when warmed (after start-up, not during it: loading
      // pdfmake and the fonts in every thread at once takes the cores from the start-up) and are then kept.
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: warmThreads > 1 ? KEPT_THREADS_IDLE_MS : 60_000,
      // Layout allocates many short-lived objects: a larger young generation means fewer collections.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
  }

  /** The PDF of `document` (built only if no identical render is already under way). */
  async render(document: RoadmapDocument | (() => RoadmapDocument), job: RenderJob = {}): Promise<Buffer> {
    return this.begin(document, job);
  }

  /**
   * `render`, refusing at once: throws RendererBusyError or AccountRendersBusyError before returning when the
   * render cannot be taken, so that a caller may answer before the render ends (202 Accepted).
   */
  begin(document: RoadmapDocument | (() => RoadmapDocument), job: RenderJob = {}): Promise<Buffer> {
    const sequence = (this.unshared += 1);
    const key = job.key ?? `unshared:${sequence}`;
    const owner = job.owner ?? `internal:${sequence}`;
    try {
      return this.scheduler.submit(key, owner, () => this.run(typeof document === 'function' ? document() : document), { background: job.background });
    } catch (error) {
      if (error instanceof RenderRefusedError) throw error.reason === 'busy' ? new RendererBusyError() : new AccountRendersBusyError();
      throw error;
    }
  }

  /**
   * One tiny render per thread, all at once (piscina gives each idle worker one task), so that every worker has
   * loaded pdfmake and the fonts before the first user asks. Not counted in `rendersStarted`.
   */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.pool.run(WARM_UP)));
  }

  private async run(document: RoadmapDocument): Promise<Buffer> {
    this.rendersStarted += 1;
    try {
      const result: unknown = await this.pool.run(document, { signal: AbortSignal.timeout(RENDER_TIME_LIMIT_MS) });
      return Buffer.from(result as Uint8Array);
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      if ((error as Error).name === 'AbortError' || /abort/i.test(message)) throw new RenderFailedError('it took longer than a minute');
      throw new RenderFailedError(message.split('\n')[0].slice(0, 200));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
