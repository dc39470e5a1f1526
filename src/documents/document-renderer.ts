import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { RoadmapDocument } from '../../templates/roadmap-document';
import { DomainError, ErrorCode } from '../common/errors/domain-error';

export const RENDER_TIME_LIMIT_MS = 60_000;
export const MAX_QUEUED_RENDERS = 64;

export class RendererBusyError extends DomainError {
  constructor() {
    super(ErrorCode.DocumentRendererBusy, 'Too many documents are being prepared right now. Try again in a minute.', [], { 'retry-after': '30' });
  }
}

export class RenderFailedError extends DomainError {
  constructor(reason: string) {
    super(ErrorCode.DocumentRenderFailed, `The document could not be produced: ${reason}.`);
  }
}

/** A bounded pool of worker threads that turn document definitions into PDF bytes. */
@Injectable()
export class DocumentRenderer implements OnModuleDestroy {
  private readonly pool: Piscina;
  private readonly capacity: number;
  private inFlight = 0;

  constructor(threads = Math.max(1, availableParallelism()), warmThreads = 1, maxQueue = MAX_QUEUED_RENDERS) {
    // Counted here rather than left to piscina's maxQueue, which does not apply to tasks given an AbortSignal.
    this.capacity = threads + maxQueue;
    this.pool = new Piscina({
      filename: join(__dirname, 'render.worker.js'),
      minThreads: Math.min(warmThreads, threads),
      maxThreads: threads,
      idleTimeout: 60_000,
      // Layout allocates many short-lived objects: a larger young generation means fewer collections.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
  }

  async render(document: RoadmapDocument): Promise<Buffer> {
    if (this.inFlight >= this.capacity) throw new RendererBusyError();
    this.inFlight += 1;
    try {
      const result: unknown = await this.pool.run(document, { signal: AbortSignal.timeout(RENDER_TIME_LIMIT_MS) });
      return Buffer.from(result as Uint8Array);
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      if ((error as Error).name === 'AbortError' || /abort/i.test(message)) throw new RenderFailedError('it took longer than a minute');
      throw new RenderFailedError(message.split('\n')[0].slice(0, 200));
    } finally {
      this.inFlight -= 1;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
