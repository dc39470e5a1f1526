import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCountryCode } from '../../common/validation/is-country-code.decorator';
import { Trim, UpperCaseTrim } from '../../common/validation/transforms';
import { LANGUAGE_CODES, THEMATIC_AREA_CODES } from '../../reference/catalogs';

export class CreateEngagementDto {
  @ApiProperty({ example: 'TGO', description: 'ISO 3166-1 alpha-3 code of the beneficiary State' })
  @UpperCaseTrim()
  @IsCountryCode()
  country!: string;

  @ApiProperty({ example: 'Protection of vulnerable targets and UAS: national roadmap', minLength: 3, maxLength: 200 })
  @Trim()
  @MaxLength(200)
  @MinLength(3)
  @IsString()
  title!: string;

  @ApiProperty({ enum: THEMATIC_AREA_CODES, isArray: true, example: ['urban_centres', 'uas'] })
  @IsIn(THEMATIC_AREA_CODES, { each: true, message: `each value in thematicAreas must be one of ${THEMATIC_AREA_CODES.join(', ')}` })
  @ArrayUnique()
  @ArrayMaxSize(THEMATIC_AREA_CODES.length)
  @ArrayNotEmpty()
  @IsArray()
  thematicAreas!: string[];

  @ApiProperty({ enum: LANGUAGE_CODES, isArray: true, example: ['fr'] })
  @IsIn(LANGUAGE_CODES, { each: true, message: `each value in languages must be one of ${LANGUAGE_CODES.join(', ')}` })
  @ArrayUnique()
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @ArrayNotEmpty()
  @IsArray()
  languages!: string[];
}
