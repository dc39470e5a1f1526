import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { VersionEvent, VersionEvents } from '../roadmaps/version-events';
import { DocumentRenderer, RendererBusyError } from './document-renderer';
import { DocumentsService } from './documents.service';

/**
 * Pre-rendering and warming begin this long after start-up, so that they do not take the two cores from the
 * start-up itself (the demo data's versions are announced while the service starts).
 */
export const PRERENDER_START_DELAY_MS = 2_000;

/** How long pre-rendering waits when every thread is busy: from the first wait, doubling up to the last. */
export const PRERENDER_BACKOFF_MS = { first: 250, last: 8_000 };

/**
 * Renders a version's editions in the background when it is made, released or finalised (DOCUMENTS_PRERENDER), so
 * that the first person to ask gets a stored file, and warms the workers at start-up. One edition at a time, on an
 * idle thread only: when the renderer is busy it waits and tries again, so users' requests never queue behind it
 * nor are refused because of it. A failure is logged and the next edition goes on.
 */
@Injectable()
export class DocumentPrerenderer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DocumentPrerenderer.name);
  private readonly waiting: VersionEvent[] = [];
  private working: Promise<void> | null = null;
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private openGate!: () => void;
  /** Opens PRERENDER_START_DELAY_MS after start-up (at once on shutdown). */
  private readonly gate = new Promise<void>((resolve) => (this.openGate = resolve));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: VersionEvents,
    private readonly documents: DocumentsService,
    private readonly renderer: DocumentRenderer,
  ) {}

  onModuleInit(): void {
    if (this.config.documentsPrerender) this.events.subscribe((event) => this.enqueue(event));
  }

  onApplicationBootstrap(): void {
    if (!this.config.documentsPrerender) return;
    setTimeout(() => this.openGate(), PRERENDER_START_DELAY_MS).unref();
    // In the background, once started: the service answers while its workers load pdfmake and the fonts.
    void this.gate.then(async () => {
      if (this.stopped) return;
      const started = Date.now();
      await this.renderer.warm().then(
        () => this.logger.log(`${this.renderer.threads} document workers ready in ${Date.now() - started} ms`),
        (error: unknown) => {
          if (!this.stopped) this.logger.warn(`The document workers could not be warmed: ${(error as Error).message}`);
        },
      );
    });
  }

  /** Resolves when every version announced so far has been pre-rendered (or given up on). */
  async whenIdle(): Promise<void> {
    while (this.working) await this.working;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.openGate();
    this.waiting.length = 0;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
    await this.working;
  }

  private enqueue(event: VersionEvent): void {
    if (this.stopped) return;
    this.waiting.push(event);
    this.working ??= this.work().finally(() => (this.working = null));
  }

  private async work(): Promise<void> {
    await this.gate;
    for (let event = this.waiting.shift(); event && !this.stopped; event = this.waiting.shift()) {
      try {
        const editions = await this.documents.editionsToPrerender(event.engagementId, event.number);
        let rendered = 0;
        for (const edition of editions) {
          if (this.stopped) return;
          if (await this.prerender(edition)) rendered += 1;
        }
        if (rendered > 0) this.logger.log(`Version ${event.number} ${event.change}: ${rendered} of ${editions.length} editions pre-rendered`);
      } catch (error) {
        if (!this.stopped) this.logger.warn(`Version ${event.number} ${event.change}: could not be pre-rendered: ${(error as Error).message}`);
      }
    }
  }

  /** One edition, waiting (doubling the wait) while the renderer is busy; false when it failed or was stored already. */
  private async prerender(edition: Parameters<DocumentsService['prerender']>[0]): Promise<boolean> {
    for (let wait = PRERENDER_BACKOFF_MS.first; !this.stopped; wait = Math.min(wait * 2, PRERENDER_BACKOFF_MS.last)) {
      try {
        return await this.documents.prerender(edition);
      } catch (error) {
        if (!(error instanceof RendererBusyError)) {
          if (!this.stopped) {
            const { lang, audience } = edition.edition;
            this.logger.warn(`Version ${edition.version.number} (${lang}, ${audience}) could not be pre-rendered: ${(error as Error).message}`);
          }
          return false;
        }
        await this.sleep(wait);
      }
    }
    return false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(resolve, ms);
      this.timer.unref();
    });
  }
}
