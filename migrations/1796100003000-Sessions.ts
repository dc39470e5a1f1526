import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions: every access token names one (its `jti`), and a request is served only while that
 * session is neither revoked nor expired, so that logout, password changes and admins can end sessions at once.
 */
export class Sessions1796100003000 implements MigrationInterface {
  name = 'Sessions1796100003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "user_agent" text, "address" text, CONSTRAINT "sessions_revoked_with_reason" CHECK (("revoked_at" IS NULL) = ("revoked_reason" IS NULL)), CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_created" ON "sessions" ("user_id", "created_at")`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_created"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
