import { ApiProperty } from '@nestjs/swagger';
import { ClosedSchema, Code, ReadVersion, Text } from '../../common/validation/fields.decorator';
import { EVENT_TYPES, EngagementEventType } from '../machine/engagement.machine';

@ClosedSchema()
export class PipelineEventDto {
  @Code(EVENT_TYPES, { example: 'SUBMIT_ASSESSMENT' })
  type!: EngagementEventType;

  @Text({ max: 2000, optional: true, description: 'Required as the reason for SUSPEND, WITHDRAW and REOPEN_ASSESSMENT' })
  comment?: string;

  @ReadVersion({ optional: true, description: 'The engagement version you last read; a stale one answers 409' })
  version?: number;
}

export class TransitionOptionDto {
  @ApiProperty({ enum: EVENT_TYPES }) type!: string;
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: [String], example: ['2 findings are still in draft.'] }) reasons!: string[];
  @ApiProperty({ description: 'The event needs a reason in its comment' }) requiresComment!: boolean;
  @ApiProperty({ description: 'The current stage has this event at all (its guard may still refuse it)' }) inStage!: boolean;
}

export class HistoryEntryDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: EVENT_TYPES }) event!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty() actorEmail!: string;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}
