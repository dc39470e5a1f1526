import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Mission } from './mission.entity';

/** A meeting of the mission with a national institution (who was met). */
@Entity({ name: 'consultations' })
@Index('consultations_mission', ['missionId'])
@Check('consultations_participants_positive', `"participants" >= 1`)
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'mission_id', type: 'uuid' })
  missionId!: string;

  @Column({ type: 'text' })
  institution!: string;

  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'integer' })
  participants!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Mission, (mission) => mission.consultations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mission_id', foreignKeyConstraintName: 'consultations_mission_fk' })
  mission?: Mission;
}
