import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { EngagementAlreadyActiveError } from '../engagements/engagement.errors';
import { EngagementsService } from '../engagements/engagements.service';
import { DEMO_ENGAGEMENTS } from './demo-data';

/** Loads the demo engagements into an empty database when DEMO_DATA is on (the default outside production). */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly engagements: EngagementsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if ((await this.engagements.countAll()) > 0) return;
    for (const engagement of DEMO_ENGAGEMENTS) {
      try {
        await this.engagements.create(engagement);
      } catch (error) {
        // Another replica starting on the same empty database got there first.
        if (!(error instanceof EngagementAlreadyActiveError)) throw error;
      }
    }
    this.logger.log(`Loaded demo engagements: ${DEMO_ENGAGEMENTS.map((e) => e.country).join(', ')}`);
  }
}
