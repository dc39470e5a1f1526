import { ClosedSchema, Codes, Country, Text } from '../../common/validation/fields.decorator';
import { LANGUAGE_CODES, THEMATIC_AREA_CODES } from '../../reference/catalogs';

@ClosedSchema()
export class CreateEngagementDto {
  @Country({ example: 'TGO', description: 'ISO 3166-1 alpha-3 code of the beneficiary State' })
  country!: string;

  @Text({ min: 3, max: 200, example: 'Protection of vulnerable targets and UAS: national roadmap' })
  title!: string;

  @Codes(THEMATIC_AREA_CODES, {
    notEmpty: true,
    maxItems: THEMATIC_AREA_CODES.length,
    message: `each value in thematicAreas must be one of ${THEMATIC_AREA_CODES.join(', ')}`,
    example: ['urban_centres', 'uas'],
  })
  thematicAreas!: string[];

  @Codes(LANGUAGE_CODES, {
    notEmpty: true,
    maxItems: LANGUAGE_CODES.length,
    message: `each value in languages must be one of ${LANGUAGE_CODES.join(', ')}`,
    example: ['fr'],
  })
  languages!: string[];
}
