import { MigrationInterface, QueryRunner } from "typeorm";

export class AccessControl1795397202169 implements MigrationInterface {
    name = 'AccessControl1795397202169'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" text NOT NULL, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text NOT NULL, "engagement_id" uuid, "before" jsonb, "after" jsonb, "request_id" text NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_log_engagement_at" ON "audit_log"  ("engagement_id", "at") `);
        await queryRunner.query(`CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_failures_key_at" ON "login_failures"  ("key", "failed_at") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_known" CHECK ("role" IN ('admin', 'programme_manager', 'mission_member', 'focal_point', 'partner_viewer')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users"  ("email") `);
        await queryRunner.query(`CREATE TABLE "engagement_members" ("engagement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "engagement_members_role_known" CHECK ("role" IN ('mission_lead', 'mission_member', 'focal_point', 'observer')), CONSTRAINT "PK_b0ae4b72661ff4fa128bb93b7e3" PRIMARY KEY ("engagement_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "engagement_members_user" ON "engagement_members"  ("user_id") `);
        await queryRunner.query(`ALTER TABLE "engagement_members" ADD CONSTRAINT "engagement_members_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "engagement_members" ADD CONSTRAINT "engagement_members_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "engagement_members" DROP CONSTRAINT "engagement_members_user_fk"`);
        await queryRunner.query(`ALTER TABLE "engagement_members" DROP CONSTRAINT "engagement_members_engagement_fk"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_members_user"`);
        await queryRunner.query(`DROP TABLE "engagement_members"`);
        await queryRunner.query(`DROP INDEX "public"."users_email_unique"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."login_failures_key_at"`);
        await queryRunner.query(`DROP TABLE "login_failures"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_engagement_at"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
