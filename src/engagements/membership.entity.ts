import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Engagement } from './engagement.entity';
import type { MembershipRole } from '../common/auth/roles';

/** Ties a user to one engagement, with the part they play in it. */
@Entity({ name: 'engagement_members' })
@Index('engagement_members_user', ['userId'])
@Check('engagement_members_role_known', `"role" IN ('mission_lead', 'mission_member', 'focal_point', 'observer')`)
export class Membership {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'engagement_members_engagement_fk' })
  engagement?: Engagement;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'engagement_members_user_fk' })
  user?: User;
}
