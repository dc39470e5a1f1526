import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [EngagementsModule], providers: [DemoDataService] })
export class DemoModule {}
