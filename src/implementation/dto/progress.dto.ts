import { ApiProperty } from '@nestjs/swagger';
import { ClosedSchema, Code, Integer, Text } from '../../common/validation/fields.decorator';
import { ACTION_STATUSES, ActionStatus } from '../../roadmaps/action.entity';
import { ProgressUpdate } from '../progress-update.entity';

@ClosedSchema()
export class ReportProgressDto {
  @Code(ACTION_STATUSES)
  status!: ActionStatus;

  @Integer({ min: 0, max: 100, description: '100 when completed, 0 when not started' })
  percent!: number;

  @Text({ max: 2000, optional: true, example: 'Draft decree sent to the Council of Ministers', description: 'Required when cancelling: the reason' })
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
