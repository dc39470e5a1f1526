import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Action, ActionStatus } from '../roadmaps/action.entity';

/** One report on an action's progress. Append-only (a trigger refuses changes): the history is the record. */
@Entity({ name: 'progress_updates' })
@Index('progress_updates_action_at', ['actionId', 'reportedAt'])
@Index('progress_updates_engagement', ['engagementId'])
@Check('progress_updates_status_known', `"status" IN ('not_started', 'in_progress', 'completed', 'delayed', 'cancelled')`)
@Check('progress_updates_percent_range', `"percent" BETWEEN 0 AND 100`)
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @Column({ type: 'text' })
  status!: ActionStatus;

  @Column({ type: 'integer' })
  percent!: number;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId!: string | null;

  @Column({ name: 'reporter_email', type: 'text' })
  reporterEmail!: string;

  @CreateDateColumn({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'progress_updates_action_fk' })
  action?: Action;
}
