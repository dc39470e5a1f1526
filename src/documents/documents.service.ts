import { Injectable } from '@nestjs/common';
import type { DocumentLanguage } from '../../templates/labels';
import type { RoadmapDocument } from '../../templates/roadmap-document';
import { Actor } from '../common/auth/actor';
import { ForbiddenError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { countryName } from '../reference/countries';
import { Audience, sha256 } from '../roadmaps/roadmap-content';
import { VersionsService } from '../roadmaps/versions.service';
import { editionDocument } from './document-input';
import { DocumentCache } from './document-cache';
import { DocumentRenderer } from './document-renderer';

/** Bump when the templates or labels change, so that cached documents and ETags change with them. */
export const TEMPLATE_VERSION = 2;

const AUDIENCE_RANK: Record<Audience, number> = { public: 0, government: 1, internal: 2 };

export interface RenderedDocument {
  etag: string;
  filename: string;
  /** Absent when the caller's If-None-Match already names this document. */
  body?: Buffer;
}

@Injectable()
export class DocumentsService {
  private readonly cache = new DocumentCache();

  constructor(
    private readonly access: EngagementAccessService,
    private readonly versions: VersionsService,
    private readonly renderer: DocumentRenderer,
  ) {}

  async roadmap(
    actor: Actor,
    engagementId: string,
    number: number,
    options: { lang: DocumentLanguage; audience?: Audience; ifNoneMatch?: string },
  ): Promise<RenderedDocument> {
    const scope = await this.access.require(actor, engagementId, 'versions.read');
    const version = await this.versions.visibleVersion(scope, engagementId, number);
    const widest = scope.audience;
    const audience = options.audience ?? widest;
    if (AUDIENCE_RANK[audience] > AUDIENCE_RANK[widest]) {
      throw new ForbiddenError(`Your part in this engagement receives the ${widest} edition at most.`);
    }
    const key = sha256(`${version.sha256}|${version.status}|${options.lang}|${audience}|${TEMPLATE_VERSION}`);
    const etag = `"${key}"`;
    // The file name says which edition it is, as every page does (`Togo-roadmap-v3-fr-government.pdf`).
    const filename = `${asciiName(countryName(scope.engagement.country, 'en'))}-roadmap-v${number}-${options.lang}-${audience}.pdf`;
    if (options.ifNoneMatch && options.ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return { etag, filename };
    }
    const cached = this.cache.get(key);
    if (cached) return { etag, filename, body: cached };
    const build = (): RoadmapDocument => editionDocument(version, { lang: options.lang, audience });
    // Identical requests in flight share one render; each account's requests take their turn with the others'.
    const body = await this.renderer.render(build, { key, owner: actor.userId });
    this.cache.set(key, body);
    return { etag, filename, body };
  }
}

function asciiName(name: string): string {
  return name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'roadmap';
}
