import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Engagement } from '../engagements/engagement.entity';

/**
 * The State's adoption of a final roadmap version: the baseline that implementation is measured against.
 * One per engagement; the optional signed document is kept with its sha256 as evidence of what was signed.
 */
@Entity({ name: 'adoptions' })
export class Adoption {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber!: number;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn!: string;

  @Column({ name: 'adopting_authority', type: 'text' })
  adoptingAuthority!: string;

  @Column({ name: 'instrument_reference', type: 'text' })
  instrumentReference!: string;

  /** Loaded only when downloaded: lists never carry the bytes. */
  @Column({ name: 'document', type: 'bytea', nullable: true, select: false })
  document!: Buffer | null;

  @Column({ name: 'document_sha256', type: 'char', length: 64, nullable: true })
  documentSha256!: string | null;

  @Column({ name: 'document_size', type: 'integer', nullable: true })
  documentSize!: number | null;

  @Column({ name: 'document_uploaded_at', type: 'timestamptz', nullable: true })
  documentUploadedAt!: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'adoptions_engagement_fk' })
  engagement?: Engagement;
}
