import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rendered roadmap documents, kept across restarts so that a document is rendered once per edition rather than
 * once per process (src/documents/document-store.ts). A row is found by its key (the hash of everything the bytes
 * depend on, computed after the access checks); `last_read_at` orders the eviction past DOCUMENT_STORE_MAX_BYTES.
 */
export class RenderedDocuments1796100010000 implements MigrationInterface {
  name = 'RenderedDocuments1796100010000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rendered_documents" ("key" character(64) NOT NULL, "engagement_id" uuid NOT NULL, "version_number" integer NOT NULL, "lang" text NOT NULL, "audience" text NOT NULL, "bytes" bytea NOT NULL, "size" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rendered_documents_size_matches" CHECK ("size" = octet_length("bytes")), CONSTRAINT "rendered_documents_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "rendered_documents_last_read" ON "rendered_documents" ("last_read_at")`);
    await queryRunner.query(`CREATE INDEX "rendered_documents_engagement" ON "rendered_documents" ("engagement_id", "version_number")`);
    await queryRunner.query(
      `ALTER TABLE "rendered_documents" ADD CONSTRAINT "rendered_documents_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rendered_documents" DROP CONSTRAINT "rendered_documents_engagement_fk"`);
    await queryRunner.query(`DROP INDEX "public"."rendered_documents_engagement"`);
    await queryRunner.query(`DROP INDEX "public"."rendered_documents_last_read"`);
    await queryRunner.query(`DROP TABLE "rendered_documents"`);
  }
}
