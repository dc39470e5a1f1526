import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';
import { Consultation } from './consultation.entity';

export const MISSION_TYPES = ['scoping', 'follow_up'] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

export interface DocumentReviewed {
  title: string;
  reference?: string;
}

@Entity({ name: 'missions' })
@Index('missions_engagement', ['engagementId'])
@Check('missions_type_known', `"type" IN ('scoping', 'follow_up')`)
@Check('missions_dates_ordered', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
export class Mission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'text' })
  type!: MissionType;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @Column({ name: 'team_ids', type: 'uuid', array: true, default: () => "'{}'" })
  teamIds!: string[];

  @Column({ name: 'documents_reviewed', type: 'jsonb', default: () => "'[]'" })
  documentsReviewed!: DocumentReviewed[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'missions_engagement_fk' })
  engagement?: Engagement;

  @OneToMany(() => Consultation, (consultation) => consultation.mission)
  consultations?: Consultation[];
}
