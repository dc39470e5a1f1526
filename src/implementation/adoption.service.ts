import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actingUserId } from '../common/auth/actor';
import { calendarDate } from '../common/calendar-date';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { StageForbidsError } from '../engagements/engagement.errors';
import { stagePermits } from '../engagements/machine/engagement.machine';
import { countryName } from '../reference/countries';
import { ActionsService } from '../roadmaps/actions.service';
import { diffActions, toContentAction } from '../roadmaps/roadmap-content';
import { VersionEvents } from '../roadmaps/version-events';
import { parse, VersionsService } from '../roadmaps/versions.service';
import { Adoption } from './adoption.entity';
import { AdoptionsRepository } from './adoptions.repository';
import { AdoptionDto, RecordAdoptionDto, toAdoptionDto } from './dto/adoption.dto';
import { BaselineDiffDto } from './dto/implementation.dto';
import { AdoptionNotFoundError, NotAPdfError, SignedDocumentNotFoundError } from './implementation.errors';

export interface SignedDocument {
  bytes: Buffer;
  sha256: string;
  fileName: string;
}

/** The adoption record, its signed document, and the baseline the adopted version sets. */
@Injectable()
export class AdoptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly adoptions: AdoptionsRepository,
    private readonly actions: ActionsService,
    private readonly versions: VersionsService,
    private readonly versionEvents: VersionEvents,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, engagementId: string): Promise<AdoptionDto> {
    await this.access.require(actor, engagementId, 'adoption.read');
    return toAdoptionDto(await this.existing(engagementId));
  }

  /** Records (or, while the engagement is in adoption, corrects) the State's adoption of the final version. */
  async record(actor: Actor, engagementId: string, input: RecordAdoptionDto): Promise<AdoptionDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.requireAtStage(actor, engagementId, 'adoption.record', 'recordAdoption', em);
      const latest = await this.versions.latestOf(engagementId, em);
      const errors: FieldError[] = [];
      if (!latest || latest.status !== 'final' || input.versionNumber !== latest.number) {
        errors.push({ field: 'versionNumber', message: `versionNumber must be the final version submitted for adoption${latest ? ` (${latest.number})` : ''}` });
      }
      const today = calendarDate();
      if (input.adoptedOn > today) errors.push({ field: 'adoptedOn', message: 'adoptedOn must not be in the future' });
      const madeOn = latest ? calendarDate(latest.createdAt) : undefined;
      if (madeOn && input.adoptedOn < madeOn) errors.push({ field: 'adoptedOn', message: `adoptedOn must not be before the version was made (${madeOn})` });
      if (errors.length > 0) throw new ValidationFailedError(errors);

      const before = await this.adoptions.find(engagementId, em);
      const fields = {
        versionNumber: input.versionNumber,
        adoptedOn: input.adoptedOn,
        adoptingAuthority: input.adoptingAuthority,
        instrumentReference: input.instrumentReference,
        recordedBy: actingUserId(actor),
      };
      if (!before) {
        await this.adoptions.insert(engagementId, fields, em);
      } else {
        // A document signed for another version does not belong to this record.
        await this.adoptions.update(engagementId, fields, before.versionNumber !== input.versionNumber, em);
      }
      const after = toAdoptionDto(await this.existing(engagementId, em));
      this.versionEvents.emitAfterCommit(em, { change: 'adopted', engagementId, number: input.versionNumber });
      await this.audit.record(em, actor, {
        action: before ? 'adoption.update' : 'adoption.record',
        entity: 'adoption',
        entityId: engagementId,
        engagementId,
        before: before ? toAdoptionDto(before) : null,
        after,
      });
      return after;
    });
  }

  /** Attaches the signed PDF. Once implementation has begun it may still be added, never replaced. */
  async attachDocument(actor: Actor, engagementId: string, body: unknown): Promise<AdoptionDto> {
    return this.dataSource.transaction(async (em) => {
      // Without an adoption there is nothing to attach to (404), whatever the stage.
      const { engagement } = await this.access.require(actor, engagementId, 'adoption.record', em, { lock: true });
      const adoption = await this.existing(engagementId, em);
      if (!stagePermits(engagement.stage, 'attachSignedDocument')) throw new StageForbidsError(engagement.stage, 'attachSignedDocument');
      if (adoption.documentSha256 && !stagePermits(engagement.stage, 'replaceSignedDocument')) {
        throw new StageForbidsError(engagement.stage, 'replaceSignedDocument');
      }
      if (!Buffer.isBuffer(body) || body.subarray(0, 5).toString('latin1') !== '%PDF-') throw new NotAPdfError();
      const sha256 = createHash('sha256').update(body).digest('hex');
      await this.adoptions.attachDocument(engagementId, { document: body, documentSha256: sha256, documentSize: body.length, documentUploadedAt: new Date() }, em);
      const after = toAdoptionDto(await this.existing(engagementId, em));
      await this.audit.record(em, actor, {
        action: 'adoption.document',
        entity: 'adoption',
        entityId: engagementId,
        engagementId,
        before: adoption.documentSha256 ? { sha256: adoption.documentSha256, size: adoption.documentSize } : null,
        after: { sha256, size: body.length },
      });
      return after;
    });
  }

  async document(actor: Actor, engagementId: string): Promise<SignedDocument> {
    const { engagement } = await this.access.require(actor, engagementId, 'adoption.read');
    const adoption = await this.adoptions.findWithDocument(engagementId);
    if (!adoption) throw new AdoptionNotFoundError();
    if (!adoption.document || !adoption.documentSha256) throw new SignedDocumentNotFoundError();
    const country = countryName(engagement.country).replace(/[^\p{L}\p{N}]+/gu, '-');
    return { bytes: adoption.document, sha256: adoption.documentSha256, fileName: `${country}-roadmap-v${adoption.versionNumber}-adopted-signed.pdf` };
  }

  /** Every change of the actions since the adopted version: added, removed and changed, field by field. */
  async baselineDiff(actor: Actor, engagementId: string): Promise<BaselineDiffDto> {
    await this.access.require(actor, engagementId, 'roadmap.read');
    const adoption = await this.existing(engagementId);
    const baseline = await this.versions.versionOf(engagementId, adoption.versionNumber);
    if (!baseline) throw new Error(`Engagement ${engagementId} adopted version ${adoption.versionNumber}, which is missing`);
    const current = (await this.actions.actionsOf(engagementId)).map(toContentAction);
    return { baselineVersion: adoption.versionNumber, adoptedOn: adoption.adoptedOn, actions: diffActions(parse(baseline).actions, current) };
  }

  /**
   * Who adopted which version, when and by what instrument, for a caller that has already checked access
   * to that version (its document prints it); null before the adoption is recorded.
   */
  async recordOfVersion(engagementId: string, versionNumber: number): Promise<Pick<Adoption, 'adoptedOn' | 'adoptingAuthority' | 'instrumentReference'> | null> {
    const adoption = await this.adoptions.find(engagementId);
    if (!adoption || adoption.versionNumber !== versionNumber) return null;
    return { adoptedOn: adoption.adoptedOn, adoptingAuthority: adoption.adoptingAuthority, instrumentReference: adoption.instrumentReference };
  }

  private async existing(engagementId: string, em?: EntityManager): Promise<Adoption> {
    const adoption = await this.adoptions.find(engagementId, em);
    if (!adoption) throw new AdoptionNotFoundError();
    return adoption;
  }
}
