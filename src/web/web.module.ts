import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
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
import { PortfolioPagesController } from './portfolio-pages.controller';
import { SessionPagesController } from './session-pages.controller';

/** Server-rendered pages over the same services as the API (views/ holds the templates). */
@Module({
  imports: [AuthModule, EngagementsModule, MissionsModule, FindingsModule, RoadmapsModule, ImplementationModule, PortfolioModule],
  controllers: [AssetsController, SessionPagesController, PortfolioPagesController, EngagementPagesController, FindingPagesController],
  providers: [EngagementPageService],
})
export class WebModule {}
