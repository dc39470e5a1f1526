import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { FieldError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { MembersService } from '../engagements/members.service';
import { ConsultationDto, CreateConsultationDto, CreateMissionDto, MissionDto, toConsultationDto, toMissionDto, UpdateMissionDto } from './dto/mission.dto';
import { Mission } from './mission.entity';
import { MissionNotFoundError } from './mission.errors';
import { MissionFields, MissionsRepository } from './missions.repository';

@Injectable()
export class MissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly members: MembersService,
    private readonly missions: MissionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string): Promise<MissionDto[]> {
    await this.access.require(actor, engagementId, 'missions.read');
    const missions = await this.missions.list(engagementId);
    return this.present(missions);
  }

  async get(actor: Actor, engagementId: string, id: string): Promise<MissionDto> {
    await this.access.require(actor, engagementId, 'missions.read');
    const mission = await this.missions.find(engagementId, id);
    if (!mission) throw new MissionNotFoundError(id);
    return (await this.present([mission]))[0];
  }

  /** For other modules, after their own access check: the missions with their consultations. */
  missionsOf(engagementId: string, em?: EntityManager): Promise<MissionDto[]> {
    return this.missions.list(engagementId, em).then((missions) => this.present(missions, em));
  }

  /** For other modules: the mission if it belongs to this engagement. */
  findInEngagement(engagementId: string, id: string, em?: EntityManager): Promise<Mission | null> {
    return this.missions.find(engagementId, id, em);
  }

  async create(actor: Actor, engagementId: string, input: CreateMissionDto): Promise<MissionDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'missions.write', em);
      const fields = await this.checkedFields(engagementId, input, null, em);
      const mission = await this.missions.insert({ engagementId, type: input.type, ...fields }, em);
      const [dto] = await this.present([mission], em);
      await this.audit.record(em, actor, { action: 'mission.create', entity: 'mission', entityId: mission.id, engagementId, after: dto });
      return dto;
    });
  }

  async update(actor: Actor, engagementId: string, id: string, input: UpdateMissionDto): Promise<MissionDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'missions.write', em);
      const current = await this.missions.find(engagementId, id, em, true);
      if (!current) throw new MissionNotFoundError(id);
      if (current.version !== input.version) throw new StaleVersionError('mission', input.version, current.version);
      const fields = await this.checkedFields(engagementId, input, current, em);
      if (!(await this.missions.update(id, fields, em, input.version))) throw new StaleVersionError('mission', input.version);
      const [before] = await this.present([current], em);
      const [after] = await this.present([(await this.missions.find(engagementId, id, em)) as Mission], em);
      await this.audit.record(em, actor, { action: 'mission.update', entity: 'mission', entityId: id, engagementId, before, after });
      return after;
    });
  }

  async addConsultation(actor: Actor, engagementId: string, missionId: string, input: CreateConsultationDto): Promise<ConsultationDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'missions.write', em);
      const mission = await this.missions.find(engagementId, missionId, em, true);
      if (!mission) throw new MissionNotFoundError(missionId);
      if ((mission.startDate && input.date < mission.startDate) || (mission.endDate && input.date > mission.endDate)) {
        throw new ValidationFailedError([
          { field: 'date', message: `date must fall within the mission (${mission.startDate ?? '…'} to ${mission.endDate ?? '…'})` },
        ]);
      }
      const consultation = toConsultationDto(await this.missions.insertConsultation({ missionId, ...input }, em));
      await this.audit.record(em, actor, {
        action: 'consultation.create',
        entity: 'consultation',
        entityId: consultation.id,
        engagementId,
        after: { missionId, ...consultation },
      });
      return consultation;
    });
  }

  /** The mission's dates in order, its lead a mission lead of the engagement, its team on the mission team. */
  private async checkedFields(
    engagementId: string,
    input: Partial<CreateMissionDto>,
    current: Mission | null,
    em: EntityManager,
  ): Promise<Partial<MissionFields>> {
    const errors: FieldError[] = [];
    const startDate = input.startDate ?? current?.startDate ?? null;
    const endDate = input.endDate ?? current?.endDate ?? null;
    if (startDate && endDate && endDate < startDate) errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
    const parts = await this.members.effectiveParts(engagementId, em);
    if (input.leadId && parts.get(input.leadId) !== 'mission_lead') {
      errors.push({ field: 'leadId', message: 'leadId must be a mission lead of this engagement' });
    }
    (input.teamIds ?? []).forEach((userId, index) => {
      const part = parts.get(userId);
      if (part !== 'mission_lead' && part !== 'mission_member') {
        errors.push({ field: `teamIds[${index}]`, message: 'each team member must be on the mission team of this engagement' });
      }
    });
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const fields: Partial<MissionFields> = {};
    if (input.startDate !== undefined) fields.startDate = input.startDate;
    if (input.endDate !== undefined) fields.endDate = input.endDate;
    if (input.leadId !== undefined) fields.leadId = input.leadId;
    if (input.teamIds !== undefined) fields.teamIds = input.teamIds;
    if (input.documentsReviewed !== undefined) fields.documentsReviewed = input.documentsReviewed.map((d) => ({ ...d }));
    return fields;
  }

  private async present(missions: Mission[], em?: EntityManager): Promise<MissionDto[]> {
    const consultations = await this.missions.consultationsOf(missions.map((m) => m.id), em);
    return missions.map((mission) => toMissionDto(mission, consultations.filter((c) => c.missionId === mission.id)));
  }
}
