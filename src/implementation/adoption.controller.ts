import { Body, Controller, Get, Headers, Param, Put, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AcceptsUpload } from '../common/http/upload.decorator';
import { ApiDownload } from '../common/openapi/api-download.decorator';
import { EngagementId } from '../engagements/engagements.controller';
import { AdoptionService } from './adoption.service';
import { SIGNED_DOCUMENT_LIMIT_BYTES } from './signed-document';
import { AdoptionDto, RecordAdoptionDto } from './dto/adoption.dto';
import { BaselineDiffDto } from './dto/implementation.dto';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

@ApiTags('adoption')
@Controller('engagements/:id')
@Auth()
export class AdoptionController {
  constructor(private readonly adoption: AdoptionService) {}

  @Get('adoption')
  @EngagementAccess('adoption.read')
  @ApiOperation({ summary: "The State's adoption of the roadmap" })
  @ApiOkResponse({ type: AdoptionDto })
  @ApiNotFoundResponse({ description: 'No adoption recorded yet' })
  get(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<AdoptionDto> {
    return this.adoption.get(actor, id);
  }

  @Put('adoption')
  @EngagementAccess('adoption.record')
  @ApiOperation({ summary: 'Record the adoption of the final version (in the adoption stage; RECORD_ADOPTION needs it)' })
  @ApiOkResponse({ type: AdoptionDto })
  @ApiConflictResponse({ description: 'The engagement is not in the adoption stage' })
  record(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: RecordAdoptionDto): Promise<AdoptionDto> {
    return this.adoption.record(actor, id, body);
  }

  @Put('adoption/document')
  @EngagementAccess('adoption.record')
  @AcceptsUpload({ mediaTypes: ['application/pdf'], limitBytes: SIGNED_DOCUMENT_LIMIT_BYTES })
  @ApiOperation({ summary: 'Attach the signed adoption document (PDF, at most 20 MiB), stored with its sha256' })
  @ApiConsumes('application/pdf')
  @ApiBody({ description: 'The PDF itself, as the request body' })
  @ApiOkResponse({ type: AdoptionDto })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PDF' })
  @ApiPayloadTooLargeResponse()
  @ApiConflictResponse({ description: 'Implementation has begun and a signed document is already on record' })
  attach(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: unknown): Promise<AdoptionDto> {
    return this.adoption.attachDocument(actor, id, body);
  }

  @Get('adoption/document')
  @EngagementAccess('adoption.read')
  @ApiOperation({ summary: 'Download the signed adoption document' })
  @ApiDownload({ mediaTypes: ['application/pdf'], etag: true, description: 'The PDF as uploaded; its ETag is its sha256' })
  @ApiNotFoundResponse({ description: 'No signed document attached yet' })
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = await this.adoption.document(actor, id);
    const etag = `"${document.sha256}"`;
    void reply.header('etag', etag);
    if (ifNoneMatch === etag) {
      await reply.status(304).send();
      return;
    }
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${document.fileName}"`)
      .send(document.bytes);
  }

  @Get('roadmap/baseline-diff')
  @EngagementAccess('roadmap.read')
  @ApiOperation({ summary: 'Every change of the actions since the adopted version (the baseline)' })
  @ApiOkResponse({ type: BaselineDiffDto })
  @ApiNotFoundResponse({ description: 'No adoption recorded yet' })
  baselineDiff(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<BaselineDiffDto> {
    return this.adoption.baselineDiff(actor, id);
  }
}
