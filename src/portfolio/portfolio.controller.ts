import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiDownload } from '../common/openapi/api-download.decorator';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { PortfolioQuery, PortfolioRowDto } from './dto/portfolio.dto';
import { PortfolioService } from './portfolio.service';

@ApiTags('portfolio')
@Controller('portfolio')
@Auth()
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  @ApiOperation({ summary: 'One row per engagement the caller may see: stage, days in stage, overdue, progress, findings, actions, next due action, last activity' })
  @ApiExtraModels(PortfolioRowDto)
  @ApiDownload({ mediaTypes: ['text/csv'], json: { type: 'array', items: { $ref: getSchemaPath(PortfolioRowDto) } }, description: 'JSON, or CSV with ?format=csv' })
  async list(@CurrentActor() actor: Actor, @Query() query: PortfolioQuery, @Res() reply: FastifyReply): Promise<void> {
    if (query.format === 'csv') {
      await reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="portfolio.csv"')
        .send(await this.portfolio.csv(actor, query));
      return;
    }
    await reply.send(await this.portfolio.rows(actor, query));
  }
}
