import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AcceptsUpload, MULTIPART_FORM } from '../common/http/upload.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { EngagementId } from '../engagements/engagements.controller';
import { FindingNotFoundError } from '../findings/finding.errors';
import { ActionNotFoundError, CommentNotFoundError } from '../roadmaps/roadmap.errors';
import { PipelineEventDto } from '../engagements/dto/pipeline-event.dto';
import { PipelineService } from '../engagements/pipeline.service';
import { FindingsService } from '../findings/findings.service';
import { AdoptionService } from '../implementation/adoption.service';
import { RecordAdoptionDto } from '../implementation/dto/adoption.dto';
import { SIGNED_DOCUMENT_LIMIT_BYTES } from '../implementation/signed-document';
import { ReportProgressDto } from '../implementation/dto/progress.dto';
import { ImplementationService } from '../implementation/implementation.service';
import { ActionsService } from '../roadmaps/actions.service';
import { CommentsService } from '../roadmaps/comments.service';
import { UpdateActionDto } from '../roadmaps/dto/action.dto';
import { CreateCommentDto, DecisionDto } from '../roadmaps/dto/version.dto';
import { VersionsService } from '../roadmaps/versions.service';
import { VersionNumberPipe } from '../roadmaps/version-number.pipe';
import { EngagementPageService } from './engagement-page.service';
import { pageContext, redirectTo } from './page-context';
import { FormState, numberOrText, optionalText, refusal, text, uploadedFile, validated } from './web-form';
import { EngagementAccess } from '../engagements/engagement-access.decorator';

/** The engagement page and the forms on it: each form posts here, then the browser comes back to the page. */
@ApiExcludeController()
@Controller('app/engagements/:id')
@Auth()
export class EngagementPagesController {
  constructor(
    private readonly page: EngagementPageService,
    private readonly pipeline: PipelineService,
    private readonly findings: FindingsService,
    private readonly actions: ActionsService,
    private readonly versions: VersionsService,
    private readonly comments: CommentsService,
    private readonly adoption: AdoptionService,
    private readonly implementation: ImplementationService,
  ) {}

  @Get()
  @EngagementAccess('engagement.read')
  async show(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.render(actor, id, reply, null);
  }

  @Post('events')
  @EngagementAccess('pipeline.send')
  async event(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const values = { type: text(body.type), comment: text(body.comment) };
    await this.submit(actor, id, reply, `event:${values.type}`, values, async () => {
      const input = await validated(PipelineEventDto, { type: values.type, ...(optionalText(body.comment) ? { comment: optionalText(body.comment) } : {}) });
      const engagement = await this.pipeline.send(actor, id, input);
      return `${input.type.replace(/_/g, ' ')}: the engagement is now in ${engagement.stage}.`;
    });
  }

  @Post('findings/:fid/validate')
  @EngagementAccess('findings.validate')
  async validateFinding(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('fid', new ParseIdPipe((fid) => new FindingNotFoundError(fid))) fid: string, @Res() reply: FastifyReply): Promise<void> {
    await this.submit(actor, id, reply, 'findings', {}, async () => `${(await this.findings.validate(actor, id, fid)).code} is validated.`, 'findings');
  }

  @Post('roadmap/recommend')
  @EngagementAccess('roadmap.write')
  async recommend(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.submit(actor, id, reply, 'actions', {}, async () => {
      const created = await this.actions.recommend(actor, id);
      return created.length === 0 ? 'Every validated gap already has an action.' : `${created.length} actions recommended: ${created.map((a) => a.code).join(', ')}.`;
    }, 'actions');
  }

  /** An action's explicit sensitivity (empty: back to the default from its findings), with the reason. */
  @Post('actions/:aid/sensitivity')
  @EngagementAccess('roadmap.write')
  async setSensitivity(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('aid', new ParseIdPipe((aid) => new ActionNotFoundError(aid))) aid: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = { sensitivity: text(body.sensitivity), sensitivityReason: text(body.sensitivityReason) };
    await this.submit(actor, id, reply, `sensitivity:${aid}`, values, async () => {
      const sensitivity = optionalText(body.sensitivity) ?? null;
      // Back to the default drops the reason the form still shows.
      const reason = sensitivity ? optionalText(body.sensitivityReason) : undefined;
      const input = await validated(UpdateActionDto, { version: numberOrText(body.version), sensitivity, ...(reason ? { sensitivityReason: reason } : {}) });
      const action = await this.actions.update(actor, id, aid, input);
      return `${action.code} is ${action.sensitivity}${action.sensitivityExplicit ? '' : ', from its findings'}.`;
    }, 'actions');
  }

  @Post('roadmap/versions')
  @EngagementAccess('versions.create')
  async createVersion(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.submit(actor, id, reply, 'versions', {}, async () => `Version ${(await this.versions.create(actor, id)).number} is made.`, 'versions');
  }

  @Post('roadmap/versions/:n/release')
  @EngagementAccess('versions.release')
  async release(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('n', VersionNumberPipe) n: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.submit(actor, id, reply, 'versions', {}, async () => `Version ${(await this.versions.release(actor, id, n)).number} is released to the focal points.`, 'versions');
  }

  @Post('roadmap/versions/:n/comments')
  @EngagementAccess('comments.create')
  async comment(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('n', VersionNumberPipe) n: number,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = { body: text(body.body) };
    await this.submit(actor, id, reply, 'comment', values, async () => {
      await this.comments.create(actor, id, n, await validated(CreateCommentDto, { body: values.body.trim() }));
      return 'Your comment is sent.';
    }, 'comments');
  }

  @Post('comments/:cid/decision')
  @EngagementAccess('comments.decide')
  async decide(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('cid', new ParseIdPipe((cid) => new CommentNotFoundError(cid))) cid: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = { decision: text(body.decision), reply: text(body.reply) };
    await this.submit(actor, id, reply, `decision:${cid}`, values, async () => {
      await this.comments.decide(actor, id, cid, await validated(DecisionDto, { decision: values.decision, reply: values.reply.trim() }));
      return 'The decision is recorded.';
    }, 'comments');
  }

  @Post('adoption')
  @EngagementAccess('adoption.record')
  async recordAdoption(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const values = { versionNumber: text(body.versionNumber), adoptedOn: text(body.adoptedOn), adoptingAuthority: text(body.adoptingAuthority), instrumentReference: text(body.instrumentReference) };
    await this.submit(actor, id, reply, 'adoption', values, async () => {
      const input = await validated(RecordAdoptionDto, { ...values, versionNumber: numberOrText(body.versionNumber) });
      await this.adoption.record(actor, id, input);
      return 'The adoption is recorded.';
    }, 'adoption');
  }

  @Post('adoption/document')
  @EngagementAccess('adoption.record')
  @AcceptsUpload({ mediaTypes: [MULTIPART_FORM], limitBytes: SIGNED_DOCUMENT_LIMIT_BYTES })
  async attachSignedDocument(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: unknown, @Res() reply: FastifyReply): Promise<void> {
    await this.submit(actor, id, reply, 'signed-document', {}, async () => {
      await this.adoption.attachDocument(actor, id, (await uploadedFile(body))?.bytes);
      return 'The signed document is attached.';
    }, 'adoption');
  }

  @Post('actions/:aid/progress')
  @EngagementAccess('progress.report')
  async reportProgress(
    @CurrentActor() actor: Actor,
    @Param('id', EngagementId) id: string,
    @Param('aid', new ParseIdPipe((aid) => new ActionNotFoundError(aid))) aid: string,
    @Body() body: Record<string, unknown>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = { status: text(body.status), percent: text(body.percent), note: text(body.note) };
    await this.submit(actor, id, reply, `progress:${aid}`, values, async () => {
      const note = optionalText(body.note);
      const input = await validated(ReportProgressDto, { status: values.status, percent: numberOrText(body.percent), ...(note ? { note } : {}) });
      await this.implementation.report(actor, id, aid, input);
      return 'The progress is recorded.';
    }, 'implementation');
  }

  /** Runs a form's work; on success back to the page with a notice, on a refusal the page again with the errors in place. */
  private async submit(
    actor: Actor,
    id: string,
    reply: FastifyReply,
    form: string,
    values: Record<string, unknown>,
    work: () => Promise<string>,
    anchor = '',
  ): Promise<void> {
    let state: FormState;
    try {
      const notice = await work();
      return redirectTo(reply, `/app/engagements/${id}${anchor ? `#${anchor}` : ''}`, notice);
    } catch (error) {
      state = refusal(form, error, values);
    }
    await this.render(actor, id, reply, state);
  }

  private async render(actor: Actor, id: string, reply: FastifyReply, state: FormState | null): Promise<void> {
    const model = await this.page.load(actor, id, state);
    await reply.status(state?.status ?? 200).view('engagement', { ...pageContext(reply, actor, model.engagement.countryName), ...model });
  }
}
