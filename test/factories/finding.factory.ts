import { CreateFindingDto } from '../../src/findings/dto/finding.dto';

/** A valid finding body; a test overrides only what it is about. */
export function findingInput(overrides: Partial<CreateFindingDto> = {}): CreateFindingDto {
  return {
    kind: 'gap',
    thematicArea: 'uas',
    dimension: 'legal',
    phase: 'prevent',
    level: 2,
    title: 'No legal basis for counter-UAS measures by the police',
    observation: 'The police have no mandate to detect or neutralise drones over major events.',
    sensitivity: 'restricted',
    frameworkRefs: ['s_res_2370_2017'],
    evidence: [{ kind: 'interview', reference: 'National police, UAS unit', date: '2026-03-03' }],
    ...overrides,
  };
}
