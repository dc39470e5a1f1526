import { Integer } from './validation/fields.decorator';

export const MAX_PAGE_SIZE = 200;
/** The largest offset: PostgreSQL's OFFSET is a bigint, but no list here comes near 2^31 rows, and 1e20 is not a bigint at all. */
export const MAX_OFFSET = 2_147_483_647;

export class PageQuery {
  @Integer({ min: 1, max: MAX_PAGE_SIZE, default: 50, optional: true, fromQuery: true })
  limit?: number;

  @Integer({ min: 0, max: MAX_OFFSET, default: 0, optional: true, fromQuery: true })
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageBounds(query: PageQuery): { limit: number; offset: number } {
  return { limit: query.limit ?? 50, offset: query.offset ?? 0 };
}
