import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { IsCountryCode } from '../../common/validation/is-country-code.decorator';
import { UpperCaseTrim } from '../../common/validation/transforms';

export class ListEngagementsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'TGO' })
  @IsOptional()
  @UpperCaseTrim()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ example: 'gapAssessment', description: 'A stage or one of its parents, e.g. `roadmap`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  stage?: string;
}
