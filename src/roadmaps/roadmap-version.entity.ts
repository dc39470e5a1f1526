import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';

export const VERSION_STATUSES = ['draft', 'final'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/**
 * An immutable, numbered snapshot of the roadmap. Its content and hash never change (a trigger refuses
 * it); only its status (draft → final) and its release to the focal points are recorded afterwards.
 */
@Entity({ name: 'roadmap_versions' })
@Index('roadmap_versions_engagement_number', ['engagementId', 'number'], { unique: true })
@Check('roadmap_versions_status_known', `"status" IN ('draft', 'final')`)
export class RoadmapVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: 'draft' | 'final';

  @Column({ type: 'boolean', default: false })
  released!: boolean;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  /** The canonical JSON text of the content, exactly as hashed. */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'roadmap_versions_engagement_fk' })
  engagement?: Engagement;
}
