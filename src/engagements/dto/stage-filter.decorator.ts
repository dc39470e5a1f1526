import { Code } from '../../common/validation/fields.decorator';
import { stageFilters } from '../machine/engagement.machine';

/** What a list can be filtered by: a stage, or a parent of stages (`roadmap` matches `roadmap.drafting`). */
export const STAGE_FILTERS: readonly string[] = stageFilters();

export const StageFilter = (): PropertyDecorator =>
  Code(STAGE_FILTERS, {
    optional: true,
    example: 'roadmap',
    description: 'A stage or a parent stage (`roadmap` matches `roadmap.drafting`)',
    message: `stage must be a stage or a parent stage: ${STAGE_FILTERS.join(', ')}`,
  });
