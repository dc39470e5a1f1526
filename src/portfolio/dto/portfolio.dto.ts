import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { Code, Country } from '../../common/validation/fields.decorator';
import { Optional } from '../../common/validation/optional.decorator';
import { StageFilter } from '../../engagements/dto/stage-filter.decorator';

export const PORTFOLIO_FORMATS = ['json', 'csv'] as const;

export class PortfolioQuery {
  @Code(PORTFOLIO_FORMATS, { optional: true, default: 'json' })
  format?: (typeof PORTFOLIO_FORMATS)[number];

  @Country({ optional: true, example: 'TGO' })
  country?: string;

  @StageFilter()
  stage?: string;

  @ApiPropertyOptional({ description: 'true: only engagements past their stage target or with overdue actions' })
  @Optional()
  @IsBoolean()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  overdue?: boolean;
}

export class FindingsByLevelDto {
  @ApiProperty({ name: '1' }) 1!: number;
  @ApiProperty({ name: '2' }) 2!: number;
  @ApiProperty({ name: '3' }) 3!: number;
  @ApiProperty({ name: '4' }) 4!: number;
  @ApiProperty({ name: '5' }) 5!: number;
}

export class PortfolioActionsDto {
  @ApiProperty() total!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() overdue!: number;
}

export class NextDueActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'A-07' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2027-04-30' }) dueOn!: string;
}

export class PortfolioRowDto {
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ example: 'TGO' }) country!: string;
  @ApiProperty({ example: 'Togo' }) countryName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'implementation' }) stage!: string;
  @ApiProperty() daysInStage!: number;
  @ApiProperty({ type: Number, nullable: true }) stageTargetDays!: number | null;
  @ApiProperty({ description: 'Past the target duration of its stage' }) overdue!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean percent of the actions not cancelled; null without actions' })
  progress!: number | null;
  @ApiProperty({ type: FindingsByLevelDto, nullable: true, description: 'Validated gaps by capacity level; null for callers who may not read findings' })
  findingsByLevel!: FindingsByLevelDto | null;
  @ApiProperty({ type: PortfolioActionsDto }) actions!: PortfolioActionsDto;
  @ApiProperty({ type: NextDueActionDto, nullable: true, description: 'The open action due soonest (today or later)' })
  nextDueAction!: NextDueActionDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'The latest write on the engagement' })
  lastActivity!: string | null;
}
