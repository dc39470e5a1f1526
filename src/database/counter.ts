import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Takes the next value of a counter column of one row (`UPDATE … SET n = n + 1 RETURNING n`). The update locks
 * the row until the transaction ends, so concurrent takers wait their turn, and a rolled-back one gives its
 * number back.
 */
export async function takeNext<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, id: string, counter: keyof T & string): Promise<number> {
  const column = em.getRepository(target).metadata.findColumnWithPropertyName(counter);
  if (!column) throw new Error(`${String(counter)} is not a column`);
  const name = column.databaseName;
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set({ [counter]: () => `"${name}" + 1` } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id })
    .returning(`"${name}"`)
    .execute();
  const rows = result.raw as Record<string, number>[];
  if (rows.length !== 1) throw new Error(`No row ${id} to number from`);
  return rows[0][name];
}
