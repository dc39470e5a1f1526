import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsObject, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IsActionIds } from './action-ids.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Trim } from '../../common/validation/transforms';
import { TRAINING_COURSES, TrainingCourse } from '../../reference/catalogs';
import { Training } from '../training.entity';

const COURSE_CODES = TRAINING_COURSES.map((course) => course.code);

export class ParticipantsDto {
  @ApiProperty({ example: 24 })
  @Max(10_000)
  @Min(1)
  @IsInt()
  total!: number;

  @ApiProperty({ example: 9 })
  @Max(10_000)
  @Min(0)
  @IsInt()
  women!: number;

  @ApiProperty({ example: 15 })
  @Max(10_000)
  @Min(0)
  @IsInt()
  men!: number;
}

export class CreateTrainingDto {
  @ApiProperty({ enum: COURSE_CODES })
  @IsIn(COURSE_CODES)
  course!: TrainingCourse;

  @ApiProperty({ example: '2027-02-08' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ example: '2027-02-12' })
  @IsCalendarDate()
  endDate!: string;

  @ApiProperty({ type: ParticipantsDto, description: 'women + men may be less than total (not everyone says)' })
  @ValidateNested()
  @Type(() => ParticipantsDto)
  @IsObject()
  participants!: ParticipantsDto;

  @ApiProperty({ type: [String], example: ['Ministry of Security', 'Civil Protection'] })
  @Trim()
  @MaxLength(300, { each: true })
  @MinLength(2, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  institutions!: string[];

  @IsActionIds('training')
  actionIds!: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 54.5 })
  @Optional()
  @Max(100)
  @Min(0)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  preTestAverage?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 81 })
  @Optional()
  @Max(100)
  @Min(0)
  @IsNumber({ allowNaN: false, allowInfinity: false })
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
