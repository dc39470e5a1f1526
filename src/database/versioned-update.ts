import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Updates one row by id and counts the change in its `version` and `updated_at`. Given `expectedVersion`, the row
 * changes only while it is still at that version (optimistic concurrency: `WHERE id = $1 AND version = $2`), and
 * the answer tells whether it did, so that the caller can refuse a stale write.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: string,
  changes: QueryDeepPartialEntity<T>,
  expectedVersion?: number,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where(expectedVersion === undefined ? 'id = :id' : 'id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  return result.affected === 1;
}
