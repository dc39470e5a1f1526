import { getDataSourceToken } from '@nestjs/typeorm';
import { Column, DataSource, Entity, FindOptionsWhere, PrimaryColumn } from 'typeorm';
import { ENTITY_FILES } from '../../src/database/data-source';
import { EntityReader } from '../../src/database/entity-reader';
import { Engagement } from '../../src/engagements/engagement.entity';
import { Membership } from '../../src/engagements/membership.entity';
import { User } from '../../src/users/user.entity';
import { engagementInput } from '../factories/engagement.factory';
import { createTestApp, TestApp } from '../utils/create-test-app';
import { addMember, signIn } from '../utils/sessions';

@Entity({ name: 'users' })
class UserWithTransformedEmail {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', transformer: { from: (value: string) => value.toUpperCase(), to: (value: string) => value } })
  email!: string;
}

/** The entities' metadata without a connection: all a reader needs to be built. */
class MetadataOnlyDataSource extends DataSource {
  async build(): Promise<this> {
    await this.buildMetadatas();
    return this;
  }
}

describe('EntityReader (the plain-SQL lookups of every request)', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    dataSource = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  it('reads users, engagements and memberships exactly as TypeORM finds them, and null for none', async () => {
    const pm = await signIn(t, 'programme_manager');
    const member = await signIn(t, 'mission_member');
    const engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'TJK' })).expect(201)).body.id as string;
    await addMember(t, engagementId, member.userId, 'mission_lead');
    const em = dataSource.manager;

    const readsAsFound = async <T extends object>(entity: new () => T, key: Partial<Record<keyof T & string, string>>): Promise<void> => {
      const found = await em.findOneBy(entity, key as FindOptionsWhere<T>);
      expect(found).not.toBeNull();
      const read = await new EntityReader(dataSource, entity).findOne(em, key);
      expect(read).toBeInstanceOf(entity);
      expect(read).toEqual(found);
    };
    await readsAsFound(User, { id: member.userId });
    await readsAsFound(Engagement, { id: engagementId });
    await readsAsFound(Membership, { engagementId, userId: member.userId });
    // The password hash is not selected by default, and not by the reader either.
    expect((await new EntityReader(dataSource, User).findOne(em, { id: member.userId }))?.passwordHash).toBeUndefined();
    expect(await new EntityReader(dataSource, User).findOne(em, { id: '00000000-0000-4000-8000-000000000000' })).toBeNull();
  });

  it('reads an entity beside another table\'s columns (selectList, fromRow) exactly as TypeORM finds it', async () => {
    const member = await signIn(t, 'mission_member');
    const reader = new EntityReader(dataSource, User);
    const [row] = await dataSource.query<Record<string, unknown>[]>(
      `SELECT ${reader.selectList('u')}, s."id" AS "sessionId" FROM "sessions" s JOIN "users" u ON u."id" = s."user_id" WHERE u."id" = $1 LIMIT 1`,
      [member.userId],
    );
    const read = reader.fromRow(row);
    expect(read).toBeInstanceOf(User);
    expect(read).toEqual(await dataSource.manager.findOneBy(User, { id: member.userId }));
    expect(Object.keys(read)).not.toContain('sessionId');
  });

  it('holds the row with `lock` until the transaction ends', async () => {
    const pm = await signIn(t, 'programme_manager');
    const engagementId = (await pm.post('/api/engagements').send(engagementInput({ country: 'TUN' })).expect(201)).body.id as string;
    const reader = new EntityReader(dataSource, Engagement);
    await dataSource.transaction(async (em) => {
      const locked = await reader.findOne(em, { id: engagementId }, { lock: true });
      expect(locked?.id).toBe(engagementId);
      const [{ locks }] = await em.query<{ locks: number }[]>(
        `SELECT count(*)::int AS locks FROM pg_locks
          WHERE pid = pg_backend_pid() AND relation = 'engagements'::regclass AND mode = 'RowShareLock'`,
      );
      expect(locks).toBe(1);
    });
  });

  it('holds every entity the migration CLI finds by file name: each module declares its own', async () => {
    const byFile = await new MetadataOnlyDataSource({ type: 'postgres', entities: [ENTITY_FILES] }).build();
    const tables = (source: DataSource): string[] => source.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(tables(byFile)).toContain('engagements');
    expect(tables(dataSource)).toEqual(tables(byFile));
  });

  it('refuses an entity with a column TypeORM would convert', async () => {
    const metadataOnly = await new MetadataOnlyDataSource({ type: 'postgres', entities: [UserWithTransformedEmail] }).build();
    expect(() => new EntityReader(metadataOnly, UserWithTransformedEmail)).toThrow('UserWithTransformedEmail.email (text) needs TypeORM to read it');
  });
});
