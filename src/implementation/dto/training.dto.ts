import { ApiProperty } from '@nestjs/swagger';
import { CalendarDate, ClosedSchema, Code, Decimal, Integer, Nested, Texts } from '../../common/validation/fields.decorator';
import { TRAINING_COURSES, TrainingCourse } from '../../reference/catalogs';
import { Training } from '../training.entity';
import { IsActionIds } from './action-ids.decorator';

const COURSE_CODES = TRAINING_COURSES.map((course) => course.code);

@ClosedSchema()
export class ParticipantsDto {
  @Integer({ min: 1, max: 10_000, example: 24 })
  total!: number;

  @Integer({ min: 0, max: 10_000, example: 9 })
  women!: number;

  @Integer({ min: 0, max: 10_000, example: 15 })
  men!: number;
}

@ClosedSchema()
export class CreateTrainingDto {
  @Code(COURSE_CODES)
  course!: TrainingCourse;

  @CalendarDate({ example: '2027-02-08' })
  startDate!: string;

  @CalendarDate({ example: '2027-02-12' })
  endDate!: string;

  @Nested(ParticipantsDto, { description: 'women + men may be less than total (not everyone says)' })
  participants!: ParticipantsDto;

  @Texts({ min: 2, max: 300, maxItems: 100, example: ['Ministry of Security', 'Civil Protection'] })
  institutions!: string[];

  @IsActionIds('training')
  actionIds!: string[];

  @Decimal({ min: 0, max: 100, optional: true, example: 54.5 })
  preTestAverage?: number;

  @Decimal({ min: 0, max: 100, optional: true, example: 81 })
  postTestAverage?: number;
}

export class TrainingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: COURSE_CODES }) course!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ type: ParticipantsDto }) participants!: ParticipantsDto;
  @ApiProperty({ type: [String] }) institutions!: string[];
  @ApiProperty({ type: [String] }) actionIds!: string[];
  @ApiProperty({ type: [String] }) actionCodes!: string[];
  @ApiProperty({ type: Number, nullable: true }) preTestAverage!: number | null;
  @ApiProperty({ type: Number, nullable: true }) postTestAverage!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toTrainingDto(training: Training, codes: Map<string, string>): TrainingDto {
  return {
    id: training.id,
    course: training.course,
    startDate: training.startDate,
    endDate: training.endDate,
    participants: { total: training.participantsTotal, women: training.participantsWomen, men: training.participantsMen },
    institutions: training.institutions,
    actionIds: training.actionIds,
    actionCodes: training.actionIds.map((id) => codes.get(id) ?? id),
    preTestAverage: training.preTestAverage,
    postTestAverage: training.postTestAverage,
    createdAt: training.createdAt.toISOString(),
  };
}
