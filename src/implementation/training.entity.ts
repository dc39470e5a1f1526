import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';

/** A delivery of a catalog training course, with who attended, linked to the actions it supports. */
@Entity({ name: 'trainings' })
@Index('trainings_engagement_start', ['engagementId', 'startDate'])
@Check('trainings_dates_ordered', `"end_date" >= "start_date"`)
@Check('trainings_participants_add_up', `"participants_women" >= 0 AND "participants_men" >= 0 AND "participants_women" + "participants_men" <= "participants_total"`)
@Check('trainings_test_averages_range', `("pre_test_average" IS NULL OR "pre_test_average" BETWEEN 0 AND 100) AND ("post_test_average" IS NULL OR "post_test_average" BETWEEN 0 AND 100)`)
export class Training {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'text' })
  course!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'participants_total', type: 'integer' })
  participantsTotal!: number;

  @Column({ name: 'participants_women', type: 'integer' })
  participantsWomen!: number;

  @Column({ name: 'participants_men', type: 'integer' })
  participantsMen!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  institutions!: string[];

  @Column({ name: 'action_ids', type: 'uuid', array: true })
  actionIds!: string[];

  /** Average scores (0–100) of the knowledge tests before and after the course, when taken. */
  @Column({ name: 'pre_test_average', type: 'real', nullable: true })
  preTestAverage!: number | null;

  @Column({ name: 'post_test_average', type: 'real', nullable: true })
  postTestAverage!: number | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'trainings_engagement_fk' })
  engagement?: Engagement;
}
