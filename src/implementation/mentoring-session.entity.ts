import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';

/** A mentoring session held with national counterparts, linked to the actions it supports. */
@Entity({ name: 'mentoring_sessions' })
@Index('mentoring_sessions_engagement_date', ['engagementId', 'date'])
export class MentoringSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  mentor!: string;

  @Column({ type: 'text', array: true })
  topics!: string[];

  @Column({ name: 'action_ids', type: 'uuid', array: true })
  actionIds!: string[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'mentoring_sessions_engagement_fk' })
  engagement?: Engagement;
}
