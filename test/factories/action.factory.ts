import { CreateActionDto } from '../../src/roadmaps/dto/action.dto';

/** A valid action body answering these findings; a test overrides only what it is about. */
export function actionInput(findingIds: string[], overrides: Partial<CreateActionDto> = {}): CreateActionDto {
  return {
    title: 'Adopt rules for the registration of drones and their operators',
    description: 'Draft and adopt regulations requiring the registration of unmanned aircraft and of their operators.',
    findingIds,
    thematicArea: 'uas',
    responsibleEntity: 'National Civil Aviation Agency',
    partners: ['UNOCT', 'UNICRI'],
    priority: 'high',
    timeframe: 'short',
    indicators: [{ description: 'Registration regulation in force', baseline: 'none', target: 'adopted by 2027' }],
    support: [{ kind: 'training_course', course: 'risk_assessment' }],
    ...overrides,
  };
}
