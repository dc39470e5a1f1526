import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ApiDownload } from '../common/openapi/api-download.decorator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { EngagementId } from '../engagements/engagements.controller';
import { DocumentPreparingDto } from './dto/document-preparing.dto';
import { DocumentQuery } from './dto/document-query.dto';
import { DocumentsService } from './documents.service';
import { VersionNumberPipe } from '../roadmaps/version-number.pipe';
import { EngagementAccess } from '../engagements/engagement-access.decorator';
import { headerRef } from '../common/openapi/openapi-headers';

/** Seconds a caller that would rather not wait is asked to wait before asking again. */
export const PREPARING_RETRY_AFTER_SECONDS = 2;

/** RFC 7240: `Prefer: respond-async` (among other preferences) asks for 202 rather than waiting for the render. */
function prefersAsync(prefer: string | undefined): boolean {
  return (prefer ?? '').split(',').some((preference) => preference.split(';')[0].trim().toLowerCase() === 'respond-async');
}

@ApiTags('documents')
@Controller('engagements/:id/roadmap/versions/:n/document')
@Auth()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @EngagementAccess('versions.read')
  @ApiOperation({
    summary: 'The roadmap version as a PDF in one language, for one audience (internal, government, public); same input, same bytes',
  })
  @ApiDownload({ mediaTypes: ['application/pdf'], etag: true, description: 'The PDF (`<Country>-roadmap-v<n>-<lang>-<audience>.pdf`)' })
  @ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`respond-async`: rather than waiting while a document not stored yet is rendered, answer 202 at once and render it',
  })
  @ApiAcceptedResponse({
    description: 'With `Prefer: respond-async`, the document is being prepared: ask the same URL again after Retry-After seconds',
    type: DocumentPreparingDto,
    headers: {
      'Retry-After': headerRef('RetryAfter'),
      Location: { description: 'The same URL, to ask again', required: true, schema: { type: 'string' } },
    },
  })
  @ApiForbiddenResponse({ description: 'An audience beyond yours (focal points and partner viewers: government at most)' })
  @ApiTooManyRequestsResponse({ description: 'Too many of your documents are being prepared at once' })
  @ApiServiceUnavailableResponse({ description: 'Too many documents are being prepared right now' })
  @ApiInternalServerErrorResponse({ description: 'The document could not be rendered' })
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('n', VersionNumberPipe) n: number,
    @Query() query: DocumentQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('prefer') prefer: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const respondAsync = prefersAsync(prefer);
    const document = await this.documents.roadmap(actor, id, n, { lang: query.lang ?? 'en', audience: query.audience, ifNoneMatch, respondAsync });
    if (document.preparing) {
      const body: DocumentPreparingDto = { status: 'preparing', message: document.preparing, retryAfter: PREPARING_RETRY_AFTER_SECONDS };
      await reply
        .status(202)
        .header('retry-after', String(PREPARING_RETRY_AFTER_SECONDS))
        .header('location', request.url)
        .header('preference-applied', 'respond-async')
        .send(body);
      return;
    }
    void reply.header('etag', document.etag);
    if (!document.body) {
      await reply.status(304).send();
      return;
    }
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${document.filename}"`)
      .send(document.body);
  }
}
