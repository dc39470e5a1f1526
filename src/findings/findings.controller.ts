import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AcceptsUpload } from '../common/http/upload.decorator';
import { ApiDownload } from '../common/openapi/api-download.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import {
  CreateFindingDto,
  ExportFindingsQuery,
  FindingDto,
  FindingPageDto,
  ListFindingsQuery,
  RescoreFindingDto,
  UpdateFindingDto,
  WithdrawFindingDto,
} from './dto/finding.dto';
import { ImportResultDto } from './dto/import-result.dto';
import { FindingNotFoundError } from './finding.errors';
import { CONTENT_TYPES, IMPORT_LIMIT_BYTES, IMPORT_ROW_LIMIT, XLSX_LIMITS } from './findings-spreadsheet';
import { FindingsTransferService } from './findings-transfer.service';
import { FindingsService } from './findings.service';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

const FindingId = new ParseIdPipe((id) => new FindingNotFoundError(id));

@ApiTags('findings')
@Controller('engagements/:id/findings')
@Auth()
export class FindingsController {
  constructor(
    private readonly findings: FindingsService,
    private readonly transfer: FindingsTransferService,
  ) {}

  @Get()
  @EngagementAccess('findings.read')
  @ApiOperation({ summary: 'Findings of the engagement, filtered, searched (q) and paged' })
  @ApiOkResponse({ type: FindingPageDto })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Query() query: ListFindingsQuery): Promise<FindingPageDto> {
    return this.findings.list(actor, id, query);
  }

  @Post()
  @EngagementAccess('findings.write')
  @ApiOperation({ summary: 'Record a finding (a draft, coded like TGO-F-012)' })
  @ApiCreatedResponse({ type: FindingDto })
  create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: CreateFindingDto): Promise<FindingDto> {
    return this.findings.create(actor, id, body);
  }

  @Get('export')
  @EngagementAccess('findings.read')
  @ApiOperation({ summary: 'All findings as CSV or XLSX, with the columns the import reads' })
  @ApiDownload({ mediaTypes: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx], description: 'The file, as an attachment' })
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Query() query: ExportFindingsQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.transfer.export(actor, id, query.format ?? 'csv');
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  }

  @Post('import')
  @EngagementAccess('findings.write')
  @AcceptsUpload({ mediaTypes: Object.values(CONTENT_TYPES), limitBytes: IMPORT_LIMIT_BYTES })
  @ApiOperation({
    summary: 'Import findings from CSV or XLSX: rows without a code are new drafts, rows with one update it; all rows or none',
    description: `At most ${IMPORT_LIMIT_BYTES / 1024 / 1024} MiB as sent and ${IMPORT_ROW_LIMIT.toLocaleString('en')} rows below the header; an .xlsx may unpack to at most ${XLSX_LIMITS.maxExpandedBytes / 1024 / 1024} MiB. Text cells exported with a leading ' (formula guard) are read without it.`,
  })
  @ApiPayloadTooLargeResponse({ description: 'Over the size limit (checked on the declared length before the body is read)' })
  @ApiConsumes(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiBody({ description: 'The file itself, as the request body' })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiUnprocessableEntityResponse({ description: 'Nothing imported; `errors` lists each problem with its line and field' })
  import(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<ImportResultDto> {
    return this.transfer.import(actor, id, body, contentType);
  }

  @Get(':fid')
  @EngagementAccess('findings.read')
  @ApiOperation({ summary: 'One finding, with the history of its capacity levels' })
  @ApiOkResponse({ type: FindingDto })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('fid', FindingId) fid: string): Promise<FindingDto> {
    return this.findings.get(actor, id, fid);
  }

  @Patch(':fid')
  @EngagementAccess('findings.write')
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
  @EngagementAccess('findings.validate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Validate a draft finding (the mission lead, or a programme manager)' })
  @ApiOkResponse({ type: FindingDto })
  @ApiConflictResponse({ description: 'Not a draft' })
  validate(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('fid', FindingId) fid: string): Promise<FindingDto> {
    return this.findings.validate(actor, id, fid);
  }

  @Post(':fid/withdraw')
  @EngagementAccess('findings.write')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw a finding, with a reason' })
  @ApiOkResponse({ type: FindingDto })
  @ApiConflictResponse({ description: 'Already withdrawn' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', FindingId) fid: string,
    @Body() body: WithdrawFindingDto,
  ): Promise<FindingDto> {
    return this.findings.withdraw(actor, id, fid, body);
  }

  @Post(':fid/rescore')
  @EngagementAccess('findings.write')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Re-score a validated finding on a follow-up mission; the history of levels is kept' })
  @ApiOkResponse({ type: FindingDto })
  @ApiConflictResponse({ description: 'Not a validated finding' })
  rescore(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', FindingId) fid: string,
    @Body() body: RescoreFindingDto,
  ): Promise<FindingDto> {
    return this.findings.rescore(actor, id, fid, body);
  }
}
