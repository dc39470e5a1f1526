import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IsActionIds } from './action-ids.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Trim } from '../../common/validation/transforms';
import { MentoringSession } from '../mentoring-session.entity';

export class CreateMentoringSessionDto {
  @ApiProperty({ example: '2027-01-19' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: 'UNOCT expert on soft-target protection' })
  @Trim()
  @MaxLength(300)
  @MinLength(2)
  @IsString()
  mentor!: string;

  @ApiProperty({ type: [String], example: ['Venue risk assessment', 'Drone incident response'] })
  @Trim()
  @MaxLength(300, { each: true })
  @MinLength(2, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(30)
  @ArrayMinSize(1)
  @IsArray()
  topics!: string[];

  @IsActionIds('session')
  actionIds!: string[];

  @ApiPropertyOptional({ example: 'Agreed a schedule for the next tabletop exercise.' })
  @Optional()
  @Trim()
  @MaxLength(4000)
  @IsString()
  notes?: string;
}

export class MentoringSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() mentor!: string;
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiProperty({ type: [String] }) actionIds!: string[];
  @ApiProperty({ type: [String], description: 'Codes of those actions' }) actionCodes!: string[];
  @ApiProperty() notes!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toMentoringSessionDto(session: MentoringSession, codes: Map<string, string>): MentoringSessionDto {
  return {
    id: session.id,
    date: session.date,
    mentor: session.mentor,
    topics: session.topics,
    actionIds: session.actionIds,
    actionCodes: session.actionIds.map((id) => codes.get(id) ?? id),
    notes: session.notes,
    createdAt: session.createdAt.toISOString(),
  };
}
