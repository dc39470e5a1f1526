import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PAGE_PROBLEM_RENDERER } from '../common/errors/page-problems';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { ImplementationModule } from '../implementation/implementation.module';
import { MissionsModule } from '../missions/missions.module';
import { PortfolioModule } from '../portfolio/portfolio.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { AssetsController } from './assets.controller';
import { EngagementPageService } from './engagement-page.service';
import { EngagementPagesController } from './engagement-pages.controller';
import { FindingPagesController } from './finding-pages.controller';
import { WebPageProblemRenderer } from './page-problems.renderer';
import { PortfolioPagesController } from './portfolio-pages.controller';
import { SessionPagesController } from './session-pages.controller';

/** Server-rendered pages over the same services as the API (views/ holds the templates). */
@Module({
  imports: [AuthModule, EngagementsModule, MissionsModule, FindingsModule, RoadmapsModule, ImplementationModule, PortfolioModule],
  controllers: [AssetsController, SessionPagesController, PortfolioPagesController, EngagementPagesController, FindingPagesController],
  // The global error filter (common/) answers the pages' failures with pages through this.
  providers: [EngagementPageService, { provide: PAGE_PROBLEM_RENDERER, useClass: WebPageProblemRenderer }],
  exports: [PAGE_PROBLEM_RENDERER],
})
export class WebModule {}
