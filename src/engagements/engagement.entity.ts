import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FINAL_STAGES, INITIAL_STAGE, Stage } from './machine/engagement.machine';

@Entity({ name: 'engagements' })
@Check('engagements_country_format', `"country" ~ '^[A-Z]{3}$'`)
@Check('engagements_title_not_blank', `length(btrim("title")) > 0`)
// One engagement at a time per State: a second one may start only once the first has ended.
@Index('engagements_one_active_per_country', ['country'], {
  unique: true,
  where: `"stage" NOT IN (${FINAL_STAGES.map((stage) => `'${stage}'`).join(', ')})`,
})
export class Engagement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** ISO 3166-1 alpha-3 code of the beneficiary State. */
  @Column({ type: 'char', length: 3 })
  country!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'thematic_areas', type: 'text', array: true })
  thematicAreas!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** The pipeline state as a dotted path, e.g. `roadmap.drafting`. */
  @Column({ type: 'text', default: INITIAL_STAGE })
  stage!: Stage;

  /** XState's persisted snapshot (with the history RESUME needs); null until the first event. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: object | null;

  @Column({ name: 'machine_version', type: 'integer', nullable: true })
  machineVersion!: number | null;

  /** Last finding number used, so that codes (TGO-F-012) are unique and gap-free under concurrency. */
  @Column({ name: 'finding_sequence', type: 'integer', default: 0 })
  findingSequence!: number;

  /** Last action number used (A-01, A-02, …). */
  @Column({ name: 'action_sequence', type: 'integer', default: 0 })
  actionSequence!: number;

  @Column({ name: 'stage_entered_at', type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt!: Date;

  /** Incremented by every write; a client sends it back to prove it saw the latest state. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
