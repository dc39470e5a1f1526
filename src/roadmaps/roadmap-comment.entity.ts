import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RoadmapVersion } from './roadmap-version.entity';

export const DECISIONS = ['accepted', 'rejected', 'partially_accepted'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A focal point's comment on a released version, optionally on one action, and the programme's decision on it. */
@Entity({ name: 'roadmap_comments' })
@Index('roadmap_comments_engagement', ['engagementId'])
@Check('roadmap_comments_decision_known', `"decision" IS NULL OR "decision" IN ('accepted', 'rejected', 'partially_accepted')`)
export class RoadmapComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  /** The action commented on, as it stood in that version. */
  @Column({ name: 'action_id', type: 'uuid', nullable: true })
  actionId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'author_email', type: 'text' })
  authorEmail!: string;

  @Column({ type: 'text', nullable: true })
  decision!: Decision | null;

  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => RoadmapVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'roadmap_comments_version_fk' })
  version?: RoadmapVersion;
}
