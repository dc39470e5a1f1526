import { CreateEngagementDto } from '../../src/engagements/dto/create-engagement.dto';

/** A valid engagement body; a test overrides only what it is about. */
export function engagementInput(overrides: Partial<CreateEngagementDto> = {}): CreateEngagementDto {
  return {
    country: 'TGO',
    title: 'Togo: protection of vulnerable targets against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'uas'],
    languages: ['fr'],
    ...overrides,
  };
}
