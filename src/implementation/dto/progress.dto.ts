import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { Trim } from '../../common/validation/transforms';
import { ACTION_STATUSES, ActionStatus } from '../../roadmaps/action.entity';
import { ProgressUpdate } from '../progress-update.entity';

export class ReportProgressDto {
  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;

  @ApiProperty({ minimum: 0, maximum: 100, description: '100 when completed, 0 when not started' })
  @Max(100)
  @Min(0)
  @IsInt()
  percent!: number;

  @ApiPropertyOptional({ example: 'Draft decree sent to the Council of Ministers', description: 'Required when cancelling: the reason' })
  @Optional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  note?: string;
}

export class ProgressUpdateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty() percent!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ example: 'focal.point@example.org' }) reporter!: string;
  @ApiProperty({ format: 'date-time' }) reportedAt!: string;
}

export function toProgressUpdateDto(update: ProgressUpdate): ProgressUpdateDto {
  return {
    id: update.id,
    actionId: update.actionId,
    status: update.status,
    percent: update.percent,
    note: update.note,
    reporter: update.reporterEmail,
    reportedAt: update.reportedAt.toISOString(),
  };
}
