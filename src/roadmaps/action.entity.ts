import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Sensitivity } from '../common/confidentiality';
import { Engagement } from '../engagements/engagement.entity';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const TIMEFRAMES = ['short', 'medium', 'long'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];
export const SUPPORT_KINDS = ['training_course', 'mentoring', 'technical_assistance'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const ACTION_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Indicator {
  description: string;
  baseline: string;
  target: string;
}

export interface Support {
  kind: SupportKind;
  course?: string;
}

/** A line of the roadmap: what the State will do, with whom, how urgently, and how progress is measured. */
@Entity({ name: 'actions' })
@Index('actions_engagement_number', ['engagementId', 'number'], { unique: true })
@Check('actions_priority_known', `"priority" IN ('high', 'medium', 'low')`)
@Check('actions_timeframe_known', `"timeframe" IN ('short', 'medium', 'long')`)
@Check('actions_sensitivity_override_known', `"sensitivity_override" IS NULL OR "sensitivity_override" IN ('public', 'restricted', 'confidential')`)
@Check('actions_dates_ordered', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
export class Action {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'integer' })
  number!: number;

  /** `A-07`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'finding_ids', type: 'uuid', array: true })
  findingIds!: string[];

  @Column({ name: 'thematic_area', type: 'text' })
  thematicArea!: string;

  @Column({ name: 'responsible_entity', type: 'text' })
  responsibleEntity!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners!: string[];

  @Column({ type: 'text' })
  priority!: Priority;

  @Column({ type: 'text' })
  timeframe!: Timeframe;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicators!: Indicator[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  support!: Support[];

  @Column({ name: 'estimated_cost_usd', type: 'integer', nullable: true })
  estimatedCostUsd!: number | null;

  /** The capacity level this action aims for. */
  @Column({ name: 'target_level', type: 'integer', nullable: true })
  targetLevel!: number | null;

  /**
   * A programme manager's explicit sensitivity (with the reason, audited); null: the most restrictive of the
   * linked findings' (`actionSensitivity` in common/confidentiality).
   */
  @Column({ name: 'sensitivity_override', type: 'text', nullable: true })
  sensitivityOverride!: Sensitivity | null;

  @Column({ name: 'sensitivity_reason', type: 'text', nullable: true })
  sensitivityReason!: string | null;

  /** For a setting below the default: the default it was decided against (a more sensitive one voids it). */
  @Column({ name: 'sensitivity_lowered_from', type: 'text', nullable: true })
  sensitivityLoweredFrom!: Sensitivity | null;

  /** The action library entry it was recommended from, if any. */
  @Column({ name: 'library_key', type: 'text', nullable: true })
  libraryKey!: string | null;

  @Column({ type: 'text', default: 'not_started' })
  status!: ActionStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'actions_engagement_fk' })
  engagement?: Engagement;
}
