import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGE_CODES, THEMATIC_AREA_CODES } from '../../reference/catalogs';
import { Engagement } from '../engagement.entity';
import { timedStageOf, TimedStage } from '../machine/engagement.machine';

export class EngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TGO', description: 'ISO 3166-1 alpha-3' }) country!: string;
  @ApiProperty({ example: 'Togo' }) countryName!: string;
  @ApiProperty({ example: 'Protection of vulnerable targets and UAS: national roadmap' }) title!: string;
  @ApiProperty({ enum: THEMATIC_AREA_CODES, isArray: true }) thematicAreas!: string[];
  @ApiProperty({ enum: LANGUAGE_CODES, isArray: true, description: 'Output languages of the roadmap' })
  languages!: string[];
  @ApiProperty({ example: 'scoping.planning', description: "The pipeline state as a dotted path" }) stage!: string;
  @ApiProperty({ description: 'Send it back with a change; a stale one answers 409' }) version!: number;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: string;
  @ApiProperty({ description: 'Whole days since the engagement entered its stage' }) daysInStage!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Target duration of the stage in days; null for stages without one' })
  stageTargetDays!: number | null;
  @ApiProperty({ description: 'Past the target duration of its stage' }) overdue!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EngagementPageDto {
  @ApiProperty({ type: [EngagementDto] }) items!: EngagementDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StageTiming {
  daysInStage: number;
  stageTargetDays: number | null;
  overdue: boolean;
}

/** Whole days in the stage, and whether that is past the stage's target duration. */
export function stageTiming(stage: string, enteredAt: Date, targets: Record<TimedStage, number>, now: Date): StageTiming {
  const daysInStage = Math.max(0, Math.floor((now.getTime() - enteredAt.getTime()) / DAY_MS));
  const timed = timedStageOf(stage);
  const stageTargetDays = timed ? targets[timed] : null;
  return { daysInStage, stageTargetDays, overdue: stageTargetDays !== null && daysInStage > stageTargetDays };
}

export function toEngagementDto(
  engagement: Engagement,
  countryName: string,
  targets: Record<TimedStage, number>,
  now: Date,
): EngagementDto {
  const timing = stageTiming(engagement.stage, engagement.stageEnteredAt, targets, now);
  return {
    id: engagement.id,
    country: engagement.country,
    countryName,
    title: engagement.title,
    thematicAreas: engagement.thematicAreas,
    languages: engagement.languages,
    stage: engagement.stage,
    version: engagement.version,
    stageEnteredAt: engagement.stageEnteredAt.toISOString(),
    ...timing,
    createdAt: engagement.createdAt.toISOString(),
    updatedAt: engagement.updatedAt.toISOString(),
  };
}
