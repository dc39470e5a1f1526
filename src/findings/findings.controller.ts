import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import {
  CreateFindingDto,
  FindingDto,
  FindingPageDto,
  ListFindingsQuery,
  RescoreFindingDto,
  UpdateFindingDto,
  WithdrawFindingDto,
} from './dto/finding.dto';
import { FindingNotFoundError } from './finding.errors';
import { FindingsService } from './findings.service';

const FindingId = new ParseIdPipe((id) => new FindingNotFoundError(id));

@ApiTags('findings')
@Controller('engagements/:id/findings')
@Auth()
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get()
  @ApiOperation({ summary: 'Findings of the engagement, filtered, searched (q) and paged' })
  @ApiOkResponse({ type: FindingPageDto })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Query() query: ListFindingsQuery): Promise<FindingPageDto> {
    return this.findings.list(actor, id, query);
  }

  @Post()
  @ApiOperation({ summary: 'Record a finding (a draft, coded like TGO-F-012)' })
  @ApiCreatedResponse({ type: FindingDto })
  create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: CreateFindingDto): Promise<FindingDto> {
    return this.findings.create(actor, id, body);
  }

  @Get(':fid')
  @ApiOperation({ summary: 'One finding, with the history of its capacity levels' })
  @ApiOkResponse({ type: FindingDto })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('fid', FindingId) fid: string): Promise<FindingDto> {
    return this.findings.get(actor, id, fid);
  }

  @Patch(':fid')
  @ApiOperation({ summary: 'Edit a finding; a validated finding that changes goes back to draft' })
  @ApiOkResponse({ type: FindingDto })
  @ApiConflictResponse({ description: 'Stale version, a withdrawn finding, or the level of a validated one' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', FindingId) fid: string,
    @Body() body: UpdateFindingDto,
  ): Promise<FindingDto> {
    return this.findings.update(actor, id, fid, body);
  }

  @Post(':fid/validate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Validate a draft finding (the mission lead, or a programme manager)' })
  @ApiOkResponse({ type: FindingDto })
  @ApiConflictResponse({ description: 'Not a draft' })
  validate(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('fid', FindingId) fid: string): Promise<FindingDto> {
    return this.findings.validate(actor, id, fid);
  }

  @Post(':fid/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw a finding, with a reason' })
  @ApiOkResponse({ type: FindingDto })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', FindingId) fid: string,
    @Body() body: WithdrawFindingDto,
  ): Promise<FindingDto> {
    return this.findings.withdraw(actor, id, fid, body);
  }

  @Post(':fid/rescore')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Re-score a validated finding on a follow-up mission; the history of levels is kept' })
  @ApiOkResponse({ type: FindingDto })
  rescore(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', FindingId) fid: string,
    @Body() body: RescoreFindingDto,
  ): Promise<FindingDto> {
    return this.findings.rescore(actor, id, fid, body);
  }
}
