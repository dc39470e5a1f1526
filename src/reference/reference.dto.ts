import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CatalogEntryDto {
  @ApiProperty({ example: 'uas' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
}

export class CapacityLevelDto extends CatalogEntryDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) level!: number;
}

export class InstrumentWordingDto {
  @ApiProperty() title!: string;
  @ApiProperty() issuedBy!: string;
  @ApiProperty() summary!: string;
}

export class InstrumentTranslationsDto {
  @ApiProperty({ type: InstrumentWordingDto }) fr!: InstrumentWordingDto;
  @ApiProperty({ type: InstrumentWordingDto }) ru!: InstrumentWordingDto;
}

export class FrameworkInstrumentDto {
  @ApiProperty({ example: 'a_res_75_291_op71' }) code!: string;
  @ApiProperty({ example: 'A/RES/75/291, OP 71' }) symbol!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedBy!: string;
  @ApiProperty() year!: number;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional({ description: "The instrument's own words, where the source documents quote them" })
  text?: string;
  @ApiProperty({
    type: InstrumentTranslationsDto,
    description: "French and Russian: the official title, the issuing body and the programme's summary (the quoted text stays in English only)",
  })
  translations!: InstrumentTranslationsDto;
}

export class ReferenceDto {
  @ApiProperty({ type: [CatalogEntryDto] }) thematicAreas!: CatalogEntryDto[];
  @ApiProperty({ example: 'cross_cutting', description: 'Area code for findings and actions that concern every area' })
  crossCutting!: string;
  @ApiProperty({ type: [CatalogEntryDto] }) dimensions!: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) phases!: CatalogEntryDto[];
  @ApiProperty({ type: [CapacityLevelDto] }) capacityLevels!: CapacityLevelDto[];
  @ApiProperty({ type: [FrameworkInstrumentDto] }) frameworkInstruments!: FrameworkInstrumentDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) trainingCourses!: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) partners!: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) languages!: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto], description: 'Suggested sectors of the institutions a mission consults' })
  sectors!: CatalogEntryDto[];
}
