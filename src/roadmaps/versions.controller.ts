import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import { CommentsService } from './comments.service';
import { CommentDto, CreateCommentDto, DecisionDto, DiffDto, DiffQuery, VersionDetailDto, VersionDto } from './dto/version.dto';
import { CommentNotFoundError } from './roadmap.errors';
import { VersionsService } from './versions.service';
import { VersionNumberPipe } from './version-number.pipe';
import { EngagementAccess } from '../engagements/engagement-access.decorator';
import { stagesPermitting } from '../engagements/machine/engagement.machine';
import { DeprecatedPath } from '../common/http/deprecation';

/** Where versions are made (the machine's stage rule, for the document). */
const VERSIONING_STAGES = stagesPermitting('makeVersions').join(' or ');

const CommentId = new ParseIdPipe((id) => new CommentNotFoundError(id));

@ApiTags('roadmap')
@Controller('engagements/:id')
@Auth()
export class VersionsController {
  constructor(
    private readonly versions: VersionsService,
    private readonly comments: CommentsService,
  ) {}

  @Get('roadmap/versions')
  @EngagementAccess('versions.read')
  @ApiOperation({ summary: 'The roadmap versions (focal points: the released ones)' })
  @ApiOkResponse({ type: [VersionDto] })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<VersionDto[]> {
    return this.versions.list(actor, id);
  }

  @Post('roadmap/versions')
  @EngagementAccess('versions.create')
  @ApiOperation({ summary: `Snapshot the roadmap into the next immutable version (only in ${VERSIONING_STAGES})` })
  @ApiCreatedResponse({ type: VersionDetailDto })
  @ApiConflictResponse({ description: `The engagement is not in ${VERSIONING_STAGES}` })
  create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<VersionDetailDto> {
    return this.versions.create(actor, id);
  }

  @Get('roadmap/versions/:n')
  @EngagementAccess('versions.read')
  @ApiOperation({ summary: 'One version with its content' })
  @ApiOkResponse({ type: VersionDetailDto })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('n', VersionNumberPipe) n: number): Promise<VersionDetailDto> {
    return this.versions.get(actor, id, n);
  }

  @Get('roadmap/versions/:n/diff')
  @EngagementAccess('versions.read')
  @ApiOperation({ summary: 'Added, removed and changed actions and findings of version n against version `against`' })
  @ApiOkResponse({ type: DiffDto })
  @ApiNotFoundResponse()
  diff(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('n', VersionNumberPipe) n: number,
    @Query() query: DiffQuery,
  ): Promise<DiffDto> {
    return this.versions.diff(actor, id, n, query.against);
  }

  @Post('roadmap/versions/:n/release')
  @EngagementAccess('versions.release')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Release the latest version to the focal points; sends RELEASE_DRAFT (programme managers)' })
  @ApiOkResponse({ type: VersionDto })
  @ApiConflictResponse({ description: 'Not the latest version' })
  release(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('n', VersionNumberPipe) n: number): Promise<VersionDto> {
    return this.versions.release(actor, id, n);
  }

  @Get('roadmap/versions/:n/comments')
  @EngagementAccess('comments.read')
  @ApiOperation({ summary: 'Comments on a released version, with their decisions' })
  @ApiOkResponse({ type: [CommentDto] })
  listComments(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('n', VersionNumberPipe) n: number): Promise<CommentDto[]> {
    return this.comments.list(actor, id, n);
  }

  @Post('roadmap/versions/:n/comments')
  @EngagementAccess('comments.create')
  @ApiOperation({ summary: 'Comment on a released version, optionally on one of its actions (focal points)' })
  @ApiCreatedResponse({ type: CommentDto })
  @ApiConflictResponse({ description: 'The version is not released' })
  comment(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('n', VersionNumberPipe) n: number,
    @Body() body: CreateCommentDto,
  ): Promise<CommentDto> {
    return this.comments.create(actor, id, n, body);
  }

  @Post('roadmap/comments/:cid/decision')
  @EngagementAccess('comments.decide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decide on a comment: accepted, rejected or partially accepted, with a reply (programme managers)' })
  @ApiOkResponse({ type: CommentDto })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('cid', CommentId) cid: string,
    @Body() body: DecisionDto,
  ): Promise<CommentDto> {
    return this.comments.decide(actor, id, cid, body);
  }

  @Post('comments/:cid/decision')
  @EngagementAccess('comments.decide')
  @DeprecatedPath('/api/engagements/:id/roadmap/comments/:cid/decision')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decide on a comment: the former path of POST …/roadmap/comments/{cid}/decision' })
  @ApiOkResponse({ type: CommentDto })
  decideAtFormerPath(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('cid', CommentId) cid: string,
    @Body() body: DecisionDto,
  ): Promise<CommentDto> {
    return this.comments.decide(actor, id, cid, body);
  }
}
