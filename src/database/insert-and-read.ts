import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Inserts one row and reads it back, so the caller sees what the database filled in (id, defaults, timestamps). */
export async function insertAndRead<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  row: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await em.insert(entity, row);
  return readInserted(em, entity, result.identifiers);
}

/** Reads back the row an insert (of the entity manager or a query builder) reported. */
export function readInserted<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  identifiers: ObjectLiteral[],
): Promise<T> {
  return em.findOneByOrFail(entity, { id: (identifiers[0] as { id: string }).id } as FindOptionsWhere<T>);
}
