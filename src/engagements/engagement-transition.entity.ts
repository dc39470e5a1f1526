import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of an engagement through the pipeline: the history that `GET …/history` shows. */
@Entity({ name: 'engagement_transitions' })
@Index('engagement_transitions_engagement_at', ['engagementId', 'at'])
export class EngagementTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'from_stage', type: 'text' })
  fromStage!: string;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: string;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'text' })
  actorEmail!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
