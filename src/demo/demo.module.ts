import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { UsersModule } from '../users/users.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [EngagementsModule, UsersModule], providers: [DemoDataService] })
export class DemoModule {}
