import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGE_CODES, THEMATIC_AREA_CODES } from '../../reference/catalogs';
import { Engagement } from '../engagement.entity';

export class EngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TGO', description: 'ISO 3166-1 alpha-3' }) country!: string;
  @ApiProperty({ example: 'Togo' }) countryName!: string;
  @ApiProperty({ example: 'Protection of vulnerable targets and UAS: national roadmap' }) title!: string;
  @ApiProperty({ enum: THEMATIC_AREA_CODES, isArray: true }) thematicAreas!: string[];
  @ApiProperty({ enum: LANGUAGE_CODES, isArray: true, description: 'Output languages of the roadmap' })
  languages!: string[];
  @ApiProperty({ example: 'scoping.planning', description: "The pipeline state as a dotted path" }) stage!: string;
  @ApiProperty({ description: 'Send it back with a change; a stale one answers 409' }) version!: number;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EngagementPageDto {
  @ApiProperty({ type: [EngagementDto] }) items!: EngagementDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export function toEngagementDto(engagement: Engagement, countryName: string): EngagementDto {
  return {
    id: engagement.id,
    country: engagement.country,
    countryName,
    title: engagement.title,
    thematicAreas: engagement.thematicAreas,
    languages: engagement.languages,
    stage: engagement.stage,
    version: engagement.version,
    stageEnteredAt: engagement.stageEnteredAt.toISOString(),
    createdAt: engagement.createdAt.toISOString(),
    updatedAt: engagement.updatedAt.toISOString(),
  };
}
