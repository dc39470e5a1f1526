import { CreateConsultationDto, CreateMissionDto } from '../../src/missions/dto/mission.dto';

export function missionInput(overrides: Partial<CreateMissionDto> = {}): CreateMissionDto {
  return {
    type: 'scoping',
    startDate: '2026-03-02',
    endDate: '2026-03-06',
    documentsReviewed: [{ title: 'National counter-terrorism strategy', reference: '2019' }],
    ...overrides,
  };
}

export function consultationInput(overrides: Partial<CreateConsultationDto> = {}): CreateConsultationDto {
  return { institution: 'Ministry of Security and Civil Protection', sector: 'security', date: '2026-03-03', participants: 6, ...overrides };
}
