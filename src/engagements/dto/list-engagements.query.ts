import { PageQuery } from '../../common/pagination';
import { Country } from '../../common/validation/fields.decorator';
import { StageFilter } from './stage-filter.decorator';

export class ListEngagementsQuery extends PageQuery {
  @Country({ optional: true, example: 'TGO' })
  country?: string;

  @StageFilter()
  stage?: string;
}
