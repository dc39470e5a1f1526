import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { Trim } from '../../common/validation/transforms';
import { EVENT_TYPES, EngagementEventType } from '../machine/engagement.machine';

export class PipelineEventDto {
  @ApiProperty({ enum: EVENT_TYPES, example: 'SUBMIT_ASSESSMENT' })
  @IsIn(EVENT_TYPES)
  type!: EngagementEventType;

  @ApiPropertyOptional({ description: 'Required as the reason for SUSPEND, WITHDRAW and REOPEN_ASSESSMENT', maxLength: 2000 })
  @Optional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  comment?: string;

  @ApiPropertyOptional({ description: 'The engagement version you last read; a stale one answers 409' })
  @Optional()
  @Min(1)
  @IsInt()
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
