import { Module } from '@nestjs/common';
import { EngagementsController } from './engagements.controller';
import { EngagementsRepository } from './engagements.repository';
import { EngagementsService } from './engagements.service';

@Module({
  controllers: [EngagementsController],
  providers: [EngagementsService, EngagementsRepository],
  exports: [EngagementsService],
})
export class EngagementsModule {}
