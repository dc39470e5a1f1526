import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditPageDto, AuditQuery } from '../audit/dto/audit-entry.dto';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { CreateEngagementDto } from './dto/create-engagement.dto';
import { EngagementDto, EngagementPageDto } from './dto/engagement.dto';
import { ListEngagementsQuery } from './dto/list-engagements.query';
import { UpdateEngagementDto } from './dto/update-engagement.dto';
import { EngagementNotFoundError } from './engagement.errors';
import { EngagementsService } from './engagements.service';
import { EngagementAccess } from './engagement-access.decorator';

export const EngagementId = new ParseIdPipe((id) => new EngagementNotFoundError(id));

@ApiTags('engagements')
@Controller('engagements')
@Auth()
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Get()
  @ApiOperation({ summary: 'The engagements you may see (all for programme managers), optionally by country or stage' })
  @ApiOkResponse({ type: EngagementPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListEngagementsQuery): Promise<EngagementPageDto> {
    return this.engagements.list(actor, query);
  }

  @Post()
  @Auth('programme_manager', 'admin')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Open an engagement with a beneficiary State; it starts in scoping.planning' })
  @ApiCreatedResponse({ type: EngagementDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, each one listed in `errors`' })
  @ApiConflictResponse({ description: 'The State already has an engagement in progress' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEngagementDto): Promise<EngagementDto> {
    return this.engagements.create(actor, body);
  }

  @Get(':id')
  @EngagementAccess('engagement.read')
  @ApiOperation({ summary: 'One engagement' })
  @ApiOkResponse({ type: EngagementDto })
  @ApiNotFoundResponse({ description: 'No such engagement, or not one of yours' })
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<EngagementDto> {
    return this.engagements.get(actor, id);
  }

  @Patch(':id')
  @EngagementAccess('engagement.update')
  @ApiOperation({ summary: 'Change the title, thematic areas in scope or output languages (programme managers)' })
  @ApiOkResponse({ type: EngagementDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version sent is stale' })
  update(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: UpdateEngagementDto): Promise<EngagementDto> {
    return this.engagements.update(actor, id, body);
  }

  @Get(':id/audit')
  @EngagementAccess('audit.read')
  @ApiOperation({ summary: "The engagement's audit trail, newest first (programme managers)" })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiNotFoundResponse()
  audit(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Query() query: AuditQuery): Promise<AuditPageDto> {
    return this.engagements.auditTrail(actor, id, query);
  }
}
