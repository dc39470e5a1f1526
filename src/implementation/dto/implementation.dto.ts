import { ApiProperty } from '@nestjs/swagger';
import { ACTION_STATUSES, ActionStatus } from '../../roadmaps/action.entity';
import { ContentAction, ItemsDiff } from '../../roadmaps/roadmap-content';

export class BaselineDiffDto {
  @ApiProperty({ description: 'The adopted version' }) baselineVersion!: number;
  @ApiProperty() adoptedOn!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{added, removed, changed: [{id, code, changes: [{field, before, after}]}]}' })
  actions!: ItemsDiff<ContentAction>;
}

export class ActionCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ description: 'Past their due date and neither completed nor cancelled' }) overdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean percent of the actions that are not cancelled (0–100, one decimal); null when there are none' })
  progress!: number | null;
}

export class AreaProgressDto extends ActionCountsDto {
  @ApiProperty({ example: 'uas' }) thematicArea!: string;
}

export class ActionProgressDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'A-07' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() thematicArea!: string;
  @ApiProperty() responsibleEntity!: string;
  @ApiProperty({ enum: ACTION_STATUSES, description: 'From its latest progress update' }) status!: ActionStatus;
  @ApiProperty({ description: 'From its latest progress update' }) percent!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Its end date, or the end of its timeframe counted from the adoption' })
  dueOn!: string | null;
  @ApiProperty() overdue!: boolean;
}

export class ImplementationDto extends ActionCountsDto {
  @ApiProperty({ type: Number, nullable: true, description: 'The adopted version, once an adoption is recorded' }) baselineVersion!: number | null;
  @ApiProperty({ type: String, nullable: true }) adoptedOn!: string | null;
  @ApiProperty({ type: [AreaProgressDto] }) areas!: AreaProgressDto[];
  @ApiProperty({ type: [ActionProgressDto] }) actions!: ActionProgressDto[];
}
