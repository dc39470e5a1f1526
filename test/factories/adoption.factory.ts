import { RecordAdoptionDto } from '../../src/implementation/dto/adoption.dto';
import { dayFromToday } from '../utils/dates';

/** A valid adoption record of version 1, adopted today; a test overrides only what it is about. */
export function adoptionInput(overrides: Partial<RecordAdoptionDto> = {}): RecordAdoptionDto {
  return {
    versionNumber: 1,
    adoptedOn: dayFromToday(),
    adoptingAuthority: 'Council of Ministers',
    instrumentReference: 'Decree 2026-118',
    ...overrides,
  };
}
