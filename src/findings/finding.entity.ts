import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CapacityLevel, Dimension, Phase } from '../reference/catalogs';
import type { Sensitivity } from '../common/confidentiality';
import { Engagement } from '../engagements/engagement.entity';

export { SENSITIVITIES, type Sensitivity } from '../common/confidentiality';

export const FINDING_KINDS = ['gap', 'good_practice'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_STATUSES = ['draft', 'validated', 'withdrawn'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const EVIDENCE_KINDS = ['interview', 'document', 'site_visit', 'workshop'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  reference: string;
  date: string;
}

@Entity({ name: 'findings' })
@Index('findings_engagement_number', ['engagementId', 'number'], { unique: true })
// Full-text search over title and observation; an expression index that TypeORM does not manage.
@Index('findings_search', { synchronize: false })
@Check('findings_kind_known', `"kind" IN ('gap', 'good_practice')`)
@Check('findings_status_known', `"status" IN ('draft', 'validated', 'withdrawn')`)
@Check('findings_sensitivity_known', `"sensitivity" IN ('public', 'restricted', 'confidential')`)
@Check('findings_level_range', `"level" BETWEEN 1 AND 5`)
export class Finding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  /** Per engagement, from 1, without gaps. */
  @Column({ type: 'integer' })
  number!: number;

  /** `TGO-F-012`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  kind!: FindingKind;

  /** A thematic area code, or `cross_cutting`. */
  @Column({ name: 'thematic_area', type: 'text' })
  thematicArea!: string;

  @Column({ type: 'text' })
  dimension!: Dimension;

  @Column({ type: 'text' })
  phase!: Phase;

  @Column({ type: 'integer' })
  level!: CapacityLevel;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  observation!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: Evidence[];

  @Column({ name: 'framework_refs', type: 'text', array: true, default: () => "'{}'" })
  frameworkRefs!: string[];

  @Column({ type: 'text' })
  sensitivity!: Sensitivity;

  @Column({ type: 'text', default: 'draft' })
  status!: FindingStatus;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Column({ name: 'mission_id', type: 'uuid', nullable: true })
  missionId!: string | null;

  @Column({ name: 'validated_by', type: 'uuid', nullable: true })
  validatedBy!: string | null;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'findings_engagement_fk' })
  engagement?: Engagement;
}
