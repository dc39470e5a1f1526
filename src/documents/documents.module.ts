import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { EngagementsModule } from '../engagements/engagements.module';
import { ImplementationModule } from '../implementation/implementation.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { DocumentPrerenderer } from './document-prerenderer';
import { defaultRenderThreads, DocumentRenderer } from './document-renderer';
import { DocumentStore } from './document-store';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { RenderedDocumentsRepository } from './rendered-documents.repository';

@Module({
  imports: [EngagementsModule, RoadmapsModule, ImplementationModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    DocumentStore,
    RenderedDocumentsRepository,
    DocumentPrerenderer,
    {
      provide: DocumentRenderer,
      // Pre-rendering keeps every thread (warmed at start-up) rather than starting them on the first request.
      useFactory: (config: AppConfig) => new DocumentRenderer(defaultRenderThreads(), config.documentsPrerender ? defaultRenderThreads() : 1),
      inject: [APP_CONFIG],
    },
  ],
})
export class DocumentsModule {}
