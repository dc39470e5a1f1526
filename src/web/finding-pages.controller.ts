import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AcceptsUpload, MULTIPART_FORM } from '../common/http/upload.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { EngagementId } from '../engagements/engagements.controller';
import { EngagementsService } from '../engagements/engagements.service';
import { CreateFindingDto, FindingDto, UpdateFindingDto } from '../findings/dto/finding.dto';
import { EVIDENCE_KINDS, FINDING_KINDS, SENSITIVITIES } from '../findings/finding.entity';
import { FindingNotFoundError } from '../findings/finding.errors';
import { CONTENT_TYPES, IMPORT_LIMIT_BYTES } from '../findings/findings-spreadsheet';
import { FindingsTransferService } from '../findings/findings-transfer.service';
import { FindingsService } from '../findings/findings.service';
import { MissionsService } from '../missions/missions.service';
import { CAPACITY_LEVELS, CROSS_CUTTING, DIMENSIONS, FRAMEWORK_INSTRUMENTS, PHASES, THEMATIC_AREAS } from '../reference/catalogs';
import { pageContext, redirectTo } from './page-context';
import { FormState, list, numberOrText, optionalText, refusal, text, uploadedFile, validated } from './web-form';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

const EVIDENCE_ROWS = 3;

/** The finding form's fields, from a finding or from what was typed. */
function formValues(finding: FindingDto | null): Record<string, unknown> {
  if (!finding) return { kind: 'gap', level: '2', sensitivity: 'restricted', frameworkRefs: [], evidence: [] };
  return { ...finding, level: String(finding.level) };
}

/** A finding from the form: empty evidence rows are left out, numbers become numbers. */
function findingInput(body: Record<string, unknown>, options: { withMission: boolean }): Record<string, unknown> {
  const evidence = Array.from({ length: EVIDENCE_ROWS }, (_, index) => ({
    kind: text(body[`evidence[${index}][kind]`]),
    reference: text(body[`evidence[${index}][reference]`]).trim(),
    date: text(body[`evidence[${index}][date]`]).trim(),
  })).filter((row) => row.reference !== '' || row.date !== '');
  const missionId = options.withMission ? optionalText(body.missionId) : undefined;
  return {
    kind: text(body.kind),
    thematicArea: text(body.thematicArea),
    dimension: text(body.dimension),
    phase: text(body.phase),
    level: numberOrText(body.level),
    title: text(body.title).trim(),
    observation: text(body.observation).trim(),
    sensitivity: text(body.sensitivity),
    frameworkRefs: list(body.frameworkRefs),
    evidence,
    ...(missionId ? { missionId } : {}),
  };
}

/** Pages for the mission team on site: record and edit findings quickly, import a spreadsheet. */
@ApiExcludeController()
@Controller('app/engagements/:id/findings')
@Auth()
export class FindingPagesController {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementsService,
    private readonly findings: FindingsService,
    private readonly transfer: FindingsTransferService,
    private readonly missions: MissionsService,
  ) {}

  @Get('new')
  @EngagementAccess('findings.write')
  async newForm(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    await this.renderForm(actor, id, reply, null, formValues(null));
  }

  @Post('new')
  @EngagementAccess('findings.write')
  async create(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    const input = findingInput(body, { withMission: true });
    try {
      const created = await this.findings.create(actor, id, await validated(CreateFindingDto, input));
      const notice = `${created.code} is recorded as a draft.`;
      if (text(body.next) === 'another') return redirectTo(reply, `/app/engagements/${id}/findings/new`, notice);
      return redirectTo(reply, `/app/engagements/${id}#findings`, notice);
    } catch (error) {
      await this.renderForm(actor, id, reply, null, input, refusal('finding', error, input));
    }
  }

  @Get(':fid/edit')
  @EngagementAccess('findings.write')
  async editForm(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', new ParseIdPipe((fid) => new FindingNotFoundError(fid))) fid: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    const finding = await this.findings.get(actor, id, fid);
    await this.renderForm(actor, id, reply, finding, formValues(finding));
  }

  @Post(':fid/edit')
  @EngagementAccess('findings.write')
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('fid', new ParseIdPipe((fid) => new FindingNotFoundError(fid))) fid: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    // The mission a finding came from is set when it is recorded; a re-score on a follow-up mission changes levels.
    const input = { ...findingInput(body, { withMission: false }), version: numberOrText(body.version) };
    const finding = await this.findings.get(actor, id, fid);
    try {
      const updated = await this.findings.update(actor, id, fid, await validated(UpdateFindingDto, input));
      return redirectTo(reply, `/app/engagements/${id}#findings`, `${updated.code} is saved${updated.status === 'draft' && finding.status === 'validated' ? ' and back in draft for validation' : ''}.`);
    } catch (error) {
      await this.renderForm(actor, id, reply, finding, input, refusal('finding', error, input));
    }
  }

  @Get('import')
  @EngagementAccess('findings.write')
  async importForm(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    const engagement = await this.engagements.get(actor, id);
    await reply.view('findings-import', { ...pageContext(reply, actor, `Import findings: ${engagement.countryName}`), engagement, result: null, state: null });
  }

  @Post('import')
  @EngagementAccess('findings.write')
  @AcceptsUpload({ mediaTypes: [MULTIPART_FORM], limitBytes: IMPORT_LIMIT_BYTES })
  async import(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: unknown, @Res() reply: FastifyReply): Promise<void> {
    await this.access.require(actor, id, 'findings.write');
    const engagement = await this.engagements.get(actor, id);
    const view = { ...pageContext(reply, actor, `Import findings: ${engagement.countryName}`), engagement };
    try {
      const file = await uploadedFile(body);
      if (!file) throw new ValidationFailedError([{ field: 'file', message: 'Choose a .csv or .xlsx file to import' }]);
      const contentType = file.filename.toLowerCase().endsWith('.xlsx') ? CONTENT_TYPES.xlsx : CONTENT_TYPES.csv;
      const result = await this.transfer.import(actor, id, file.bytes, contentType);
      await reply.view('findings-import', { ...view, result, state: null });
    } catch (error) {
      const state = refusal('import', error, {});
      await reply.status(state.status).view('findings-import', { ...view, result: null, state, rows: error instanceof DomainError ? error.fieldErrors : [] });
    }
  }

  private async renderForm(
    actor: Actor,
    id: string,
    reply: FastifyReply,
    finding: FindingDto | null,
    values: Record<string, unknown>,
    state: FormState | null = null,
  ): Promise<void> {
    const engagement = await this.engagements.get(actor, id);
    const missions = await this.missions.list(actor, id);
    const title = finding ? `Edit ${finding.code}` : `New finding: ${engagement.countryName}`;
    await reply.status(state?.status ?? 200).view('finding-form', {
      ...pageContext(reply, actor, title),
      engagement,
      finding,
      values,
      state,
      missions,
      evidenceRows: EVIDENCE_ROWS,
      catalogs: {
        kinds: FINDING_KINDS,
        areas: [...THEMATIC_AREAS.filter((area) => engagement.thematicAreas.includes(area.code)), { code: CROSS_CUTTING, name: 'Cross-cutting' }],
        dimensions: DIMENSIONS,
        phases: PHASES,
        levels: CAPACITY_LEVELS,
        sensitivities: SENSITIVITIES,
        instruments: FRAMEWORK_INSTRUMENTS,
        evidenceKinds: EVIDENCE_KINDS,
      },
    });
  }
}
