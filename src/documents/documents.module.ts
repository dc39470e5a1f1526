import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { DocumentRenderer } from './document-renderer';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [EngagementsModule, RoadmapsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, { provide: DocumentRenderer, useFactory: () => new DocumentRenderer() }],
})
export class DocumentsModule {}
