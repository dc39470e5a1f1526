import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { allStages } from '../engagements/machine/engagement.machine';
import { PortfolioQuery } from '../portfolio/dto/portfolio.dto';
import { PortfolioService } from '../portfolio/portfolio.service';
import { pageContext } from './page-context';
import { optionalText, refusal, text, validated } from './web-form';

const TOP_STAGES = [...new Set(allStages().map((stage) => stage.split('.')[0]))];

/** The engagements the user may see, with stage, delays and progress; the filters update the table in place (htmx). */
@ApiExcludeController()
@Controller('app/portfolio')
@Auth()
export class PortfolioPagesController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Headers('hx-request') htmx: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const filters = { country: text(query.country), stage: text(query.stage), overdue: text(query.overdue) };
    let rows: Awaited<ReturnType<PortfolioService['rows']>> = [];
    let state = null;
    try {
      const input = await validated(PortfolioQuery, {
        ...(optionalText(filters.country) ? { country: optionalText(filters.country) } : {}),
        ...(optionalText(filters.stage) ? { stage: optionalText(filters.stage) } : {}),
        ...(filters.overdue ? { overdue: filters.overdue } : {}),
      });
      rows = await this.portfolio.rows(actor, input);
    } catch (error) {
      state = refusal('filters', error, filters);
    }
    const model = { ...pageContext(reply, actor, 'Engagements'), rows, filters, stages: TOP_STAGES, state };
    // htmx asks for the table only; a plain request (no script, or a bookmark) gets the whole page.
    await reply.status(state?.status ?? 200).view(htmx ? 'portfolio-table' : 'portfolio', model);
  }
}
