import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { MembershipRole, MEMBERSHIPS_BY_ROLE } from '../common/auth/roles';
import { ValidationFailedError } from '../common/errors/domain-error';
import { UsersService } from '../users/users.service';
import { AddMemberDto, MemberDto } from './dto/member.dto';
import { EngagementAccessService } from './engagement-access.service';
import { MembershipExistsError, MembershipNotFoundError } from './engagement.errors';
import { Membership } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccessService,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, engagementId: string): Promise<MemberDto[]> {
    await this.access.require(actor, engagementId, 'members.read');
    return (await this.memberships.listWithUsers(engagementId)).map(present);
  }

  /** The parts that count in this engagement: members who are active and whose role fits their part. */
  async effectiveParts(engagementId: string, em?: EntityManager): Promise<Map<string, MembershipRole>> {
    const memberships = await this.memberships.listWithUsers(engagementId, em);
    return new Map(
      memberships
        .filter((m) => m.user && m.user.active && MEMBERSHIPS_BY_ROLE[m.user.role].includes(m.role))
        .map((m) => [m.userId, m.role]),
    );
  }

  async add(actor: Actor, engagementId: string, input: AddMemberDto): Promise<MemberDto> {
    return this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'members.manage', em);
      const user = await this.users.findActive(input.userId, em);
      if (!user) throw new ValidationFailedError([{ field: 'userId', message: 'userId must name an active user' }]);
      const fitting = MEMBERSHIPS_BY_ROLE[user.role];
      if (!fitting.includes(input.role)) {
        const expected = fitting.length > 0 ? `must be ${fitting.join(' or ')}` : 'cannot be given: they see every engagement already';
        throw new ValidationFailedError([{ field: 'role', message: `the membership of a ${user.role} ${expected}` }]);
      }
      if (await this.memberships.find(engagementId, user.id, em)) throw new MembershipExistsError();
      const membership = await this.memberships.insert({ engagementId, userId: user.id, role: input.role }, em);
      membership.user = user;
      const member = present(membership);
      await this.audit.record(em, actor, {
        action: 'membership.create',
        entity: 'membership',
        entityId: `${engagementId}/${user.id}`,
        engagementId,
        after: member,
      });
      return member;
    });
  }

  async remove(actor: Actor, engagementId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.access.require(actor, engagementId, 'members.manage', em);
      const membership = await this.memberships.find(engagementId, userId, em);
      if (!membership) throw new MembershipNotFoundError(userId);
      await this.memberships.delete(engagementId, userId, em);
      await this.audit.record(em, actor, {
        action: 'membership.delete',
        entity: 'membership',
        entityId: `${engagementId}/${userId}`,
        engagementId,
        before: { userId, role: membership.role },
      });
    });
  }
}

function present(membership: Membership): MemberDto {
  const user = membership.user;
  if (!user) throw new Error('membership loaded without its user');
  return {
    userId: membership.userId,
    email: user.email,
    name: user.name,
    userRole: user.role,
    role: membership.role,
    effective: user.active && MEMBERSHIPS_BY_ROLE[user.role].includes(membership.role),
    createdAt: membership.createdAt.toISOString(),
  };
}
