import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityReader } from '../database/entity-reader';
import { User } from './user.entity';
import { insertAndRead } from '../database/insert-and-read';

export type NewUser = Pick<User, 'email' | 'name' | 'role' | 'passwordHash'>;

@Injectable()
export class UsersRepository {
  /** Every authenticated request reads its user: see EntityReader. */
  private readonly reader: EntityReader<User>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reader = new EntityReader(dataSource, User);
  }

  findAll(em: EntityManager = this.dataSource.manager): Promise<User[]> {
    return em.find(User, { order: { email: 'ASC' } });
  }

  count(em: EntityManager = this.dataSource.manager): Promise<number> {
    return em.count(User);
  }

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<User | null> {
    return this.reader.findOne(em, { id });
  }

  findByIds(ids: string[], em: EntityManager = this.dataSource.manager): Promise<User[]> {
    return ids.length === 0 ? Promise.resolve([]) : em.createQueryBuilder(User, 'u').whereInIds(ids).getMany();
  }

  /** With the password hash: for checking a login. */
  findWithPasswordByEmail(email: string, em: EntityManager = this.dataSource.manager): Promise<User | null> {
    return em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  /** The password hash of one account, for checking its owner's current password. */
  findWithPasswordById(id: string, em: EntityManager = this.dataSource.manager): Promise<User | null> {
    return em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  findByEmail(email: string, em: EntityManager = this.dataSource.manager): Promise<User | null> {
    return em.findOneBy(User, { email });
  }

  insert(user: NewUser, em: EntityManager = this.dataSource.manager): Promise<User> {
    return insertAndRead(em, User, user);
  }

  async update(id: string, changes: Partial<Pick<User, 'name' | 'role' | 'active' | 'passwordHash'>>, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.update(User, { id }, changes);
  }
}
