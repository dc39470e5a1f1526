import { Injectable, Logger } from '@nestjs/common';
import { DOCUMENT_LANGUAGES, DocumentLanguage } from '../../templates/labels';
import type { RoadmapDocument } from '../../templates/roadmap-document';
import { Actor, SYSTEM_ACTOR } from '../common/auth/actor';
import { ForbiddenError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { countryName } from '../reference/countries';
import { LANGUAGES } from '../reference/catalogs';
import { Audience, sha256 } from '../roadmaps/roadmap-content';
import type { RoadmapVersion } from '../roadmaps/roadmap-version.entity';
import { VersionsService } from '../roadmaps/versions.service';
import { Edition, editionDocument } from './document-input';
import { AdoptionService } from '../implementation/adoption.service';
import type { DocumentAdoption } from '../../templates/roadmap-document';
import { DocumentRenderer, RenderJob } from './document-renderer';
import { DocumentStore } from './document-store';
import type { StoredDocumentInfo } from './rendered-documents.repository';

/** Bump when the templates or labels change, so that cached documents and ETags change with them. */
export const TEMPLATE_VERSION = 3;

const AUDIENCE_RANK: Record<Audience, number> = { public: 0, government: 1, internal: 2 };

/** The editions rendered in the background for each version: the programme's and the government's. */
export const PRERENDERED_AUDIENCES: readonly Audience[] = ['government', 'internal'];

/** The one owner of the background renders: they take their turn with the accounts', as one more account. */
export const PRERENDER_OWNER = 'internal:prerender';

/**
 * The key of one edition of a version: the hash of everything its bytes depend on (the document cache's and the
 * store's key, and the ETag). The only place it is computed; callers compute it after the access checks.
 */
export function documentKey(version: RoadmapVersion, edition: Edition, adoption: DocumentAdoption | null): string {
  const adopted = adoption ? `${adoption.adoptedOn}|${adoption.adoptingAuthority}|${adoption.instrumentReference}` : '';
  // The version itself (its id), not only its content: two versions with the same content print different
  // numbers and dates, and one must never be served for the other.
  return sha256(`${version.id}|${version.sha256}|${version.status}|${edition.lang}|${edition.audience}|${TEMPLATE_VERSION}|${adopted}`);
}

export interface RenderedDocument {
  etag: string;
  filename: string;
  /** Absent when the caller's If-None-Match already names this document, and while it is being prepared. */
  body?: Buffer;
  /** When the caller would rather not wait and the document is not ready: a sentence naming the edition being prepared. */
  preparing?: string;
}

/** One edition of one version, to render in the background. */
export interface PendingEdition {
  version: RoadmapVersion;
  edition: Edition;
  adoption: DocumentAdoption | null;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);
  /** Renders under way by key, until their document is stored: every request for one joins it. */
  private readonly producing = new Map<string, Promise<Buffer>>();
  /** The failure of a render no one waited for (202), told to the next request for it rather than retried forever. */
  private readonly failed = new Map<string, unknown>();

  constructor(
    private readonly access: EngagementAccessService,
    private readonly versions: VersionsService,
    private readonly renderer: DocumentRenderer,
    private readonly store: DocumentStore,
    private readonly adoptions: AdoptionService,
  ) {}

  async roadmap(
    actor: Actor,
    engagementId: string,
    number: number,
    options: { lang: DocumentLanguage; audience?: Audience; ifNoneMatch?: string; respondAsync?: boolean },
  ): Promise<RenderedDocument> {
    const scope = await this.access.require(actor, engagementId, 'versions.read');
    const version = await this.versions.visibleVersion(scope, engagementId, number);
    const widest = scope.audience;
    const audience = options.audience ?? widest;
    if (AUDIENCE_RANK[audience] > AUDIENCE_RANK[widest]) {
      throw new ForbiddenError(`Your part in this engagement receives the ${widest} edition at most.`);
    }
    // Only now, past the checks above, is the key known: the store cannot be reached without them.
    const edition: Edition = { lang: options.lang, audience };
    const adoption = await this.adoptionOf(version);
    const key = documentKey(version, edition, adoption);
    const etag = `"${key}"`;
    // The file name says which edition it is, as every page does (`Togo-roadmap-v3-fr-government.pdf`).
    const filename = `${asciiName(countryName(scope.engagement.country, 'en'))}-roadmap-v${number}-${options.lang}-${audience}.pdf`;
    if (options.ifNoneMatch && options.ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return { etag, filename };
    }
    const stored = await this.store.get(key);
    if (stored) return { etag, filename, body: stored };
    const build = (): RoadmapDocument => editionDocument(version, edition, adoption);
    // Identical requests in flight share one render; each account's requests take their turn with the others'.
    const job: RenderJob = { owner: actor.userId };
    if (!options.respondAsync) return { etag, filename, body: await this.produce(key, infoOf(version, edition), build, job) };
    if (this.failed.has(key)) {
      const failure = this.failed.get(key);
      this.failed.delete(key);
      throw failure;
    }
    // Refused at once (429, 503) when the renderer cannot take it; else answered 202 while it renders.
    this.produce(key, infoOf(version, edition), build, job).catch((error: unknown) => {
      this.failed.set(key, error);
      this.logger.warn(`A document asked for without waiting could not be rendered: ${(error as Error).message}`);
    });
    return { etag, filename, preparing: `Preparing the document (${describeEdition(edition)})…` };
  }

  /**
   * The editions of a version to render in the background (PRERENDERED_AUDIENCES in each of the engagement's
   * languages that documents support), read as the system: nothing is served from here, only stored.
   */
  async editionsToPrerender(engagementId: string, number: number): Promise<PendingEdition[]> {
    const scope = await this.access.require(SYSTEM_ACTOR, engagementId, 'versions.read');
    const version = await this.versions.visibleVersion(scope, engagementId, number);
    const languages = DOCUMENT_LANGUAGES.filter((lang) => scope.engagement.languages.includes(lang));
    const adoption = await this.adoptionOf(version);
    return PRERENDERED_AUDIENCES.flatMap((audience) => languages.map((lang) => ({ version, edition: { lang, audience }, adoption })));
  }

  /**
   * Renders and stores one edition unless it is stored or under way, as background work: throws RendererBusyError
   * at once when no thread is idle (the caller backs off). Resolves to whether it rendered.
   */
  async prerender({ version, edition, adoption }: PendingEdition): Promise<boolean> {
    const key = documentKey(version, edition, adoption);
    if (this.producing.has(key) || (await this.store.has(key))) return false;
    await this.produce(key, infoOf(version, edition), () => editionDocument(version, edition, adoption), { owner: PRERENDER_OWNER, background: true });
    return true;
  }

  /** A final version's adoption record, which its document prints (a draft's document never does). */
  private async adoptionOf(version: RoadmapVersion): Promise<DocumentAdoption | null> {
    return version.status === 'final' ? this.adoptions.recordOfVersion(version.engagementId, version.number) : null;
  }

  /** The document of `key`: joins its render under way, or begins one (throwing at once when refused) and stores it. */
  private produce(key: string, info: StoredDocumentInfo, build: () => RoadmapDocument, job: RenderJob): Promise<Buffer> {
    const underWay = this.producing.get(key);
    if (underWay) return underWay;
    this.failed.delete(key);
    const rendering = this.renderer.begin(build, { ...job, key });
    // The caller has its document as soon as it is rendered; storing it (a database write) follows, and until
    // it is stored every request for the key joins this render's result.
    rendering.then(
      (body) =>
        this.store
          .keep(key, info, body)
          .catch((error: unknown) => this.logger.warn(`A rendered document could not be stored: ${(error as Error).message}`))
          .finally(() => this.producing.delete(key)),
      () => this.producing.delete(key),
    );
    this.producing.set(key, rendering);
    return rendering;
  }
}

function infoOf(version: RoadmapVersion, edition: Edition): StoredDocumentInfo {
  return { engagementId: version.engagementId, versionNumber: version.number, lang: edition.lang, audience: edition.audience };
}

/** `French, government edition`: the language's name from the catalog, for the people waiting for it. */
function describeEdition(edition: Edition): string {
  const language = LANGUAGES.find((entry) => entry.code === edition.lang)?.name ?? edition.lang;
  return `${language}, ${edition.audience} edition`;
}

function asciiName(name: string): string {
  return name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'roadmap';
}
