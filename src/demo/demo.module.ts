import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsModule } from '../findings/findings.module';
import { ImplementationModule } from '../implementation/implementation.module';
import { MissionsModule } from '../missions/missions.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { UsersModule } from '../users/users.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [EngagementsModule, UsersModule, MissionsModule, FindingsModule, RoadmapsModule, ImplementationModule],
  providers: [DemoDataService],
})
export class DemoModule {}
