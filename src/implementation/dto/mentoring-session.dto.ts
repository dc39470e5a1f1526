import { ApiProperty } from '@nestjs/swagger';
import { CalendarDate, ClosedSchema, Text, Texts } from '../../common/validation/fields.decorator';
import { MentoringSession } from '../mentoring-session.entity';
import { IsActionIds } from './action-ids.decorator';

@ClosedSchema()
export class CreateMentoringSessionDto {
  @CalendarDate({ example: '2027-01-19' })
  date!: string;

  @Text({ min: 2, max: 300, example: 'UNOCT expert on soft-target protection' })
  mentor!: string;

  @Texts({ min: 2, max: 300, minItems: 1, maxItems: 30, example: ['Venue risk assessment', 'Drone incident response'] })
  topics!: string[];

  @IsActionIds('session')
  actionIds!: string[];

  @Text({ max: 4000, optional: true, example: 'Agreed a schedule for the next tabletop exercise.' })
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
