import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiInternalServerErrorResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ApiDownload } from '../common/openapi/api-download.decorator';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { EngagementId } from '../engagements/engagements.controller';
import { DocumentQuery } from './dto/document-query.dto';
import { DocumentsService } from './documents.service';
import { VersionNumberPipe } from '../roadmaps/version-number.pipe';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

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
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = await this.documents.roadmap(actor, id, n, { lang: query.lang ?? 'en', audience: query.audience, ifNoneMatch });
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
