import { MigrationInterface, QueryRunner } from "typeorm";

export class Roadmaps1795400411162 implements MigrationInterface {
    name = 'Roadmaps1795400411162'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "number" integer NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "finding_ids" uuid array NOT NULL, "thematic_area" text NOT NULL, "responsible_entity" text NOT NULL, "partners" text array NOT NULL DEFAULT '{}', "priority" text NOT NULL, "timeframe" text NOT NULL, "start_date" date, "end_date" date, "indicators" jsonb NOT NULL DEFAULT '[]', "support" jsonb NOT NULL DEFAULT '[]', "estimated_cost_usd" integer, "target_level" integer, "library_key" text, "status" text NOT NULL DEFAULT 'not_started', "progress" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "actions_dates_ordered" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "actions_timeframe_known" CHECK ("timeframe" IN ('short', 'medium', 'long')), CONSTRAINT "actions_priority_known" CHECK ("priority" IN ('high', 'medium', 'low')), CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "actions_engagement_number" ON "actions"  ("engagement_id", "number") `);
        await queryRunner.query(`CREATE TABLE "roadmap_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "number" integer NOT NULL, "status" text NOT NULL DEFAULT 'draft', "released" boolean NOT NULL DEFAULT false, "released_at" TIMESTAMP WITH TIME ZONE, "content" text NOT NULL, "sha256" character(64) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "roadmap_versions_status_known" CHECK ("status" IN ('draft', 'final')), CONSTRAINT "PK_266cd49f92716028760cbc8c6a6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "roadmap_versions_engagement_number" ON "roadmap_versions"  ("engagement_id", "number") `);
        await queryRunner.query(`CREATE TABLE "roadmap_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "version_id" uuid NOT NULL, "version_number" integer NOT NULL, "action_id" uuid, "body" text NOT NULL, "author_id" uuid, "author_email" text NOT NULL, "decision" text, "reply" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "roadmap_comments_decision_known" CHECK ("decision" IS NULL OR "decision" IN ('accepted', 'rejected', 'partially_accepted')), CONSTRAINT "PK_a250ed283d2f47a6b9b27ed2c87" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "roadmap_comments_engagement" ON "roadmap_comments"  ("engagement_id") `);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "action_sequence" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "actions" ADD CONSTRAINT "actions_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "roadmap_versions" ADD CONSTRAINT "roadmap_versions_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "roadmap_comments" ADD CONSTRAINT "roadmap_comments_version_fk" FOREIGN KEY ("version_id") REFERENCES "roadmap_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // A released or stored version is evidence of what a State was shown: its content never changes.
        await queryRunner.query(`
            CREATE FUNCTION roadmap_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'roadmap version % cannot be deleted', OLD.number USING ERRCODE = 'integrity_constraint_violation';
              END IF;
              IF NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
                 OR NEW.number IS DISTINCT FROM OLD.number OR NEW.engagement_id IS DISTINCT FROM OLD.engagement_id
                 OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
                 OR (OLD.status = 'final' AND NEW.status <> 'final') OR (OLD.released AND NOT NEW.released) THEN
                RAISE EXCEPTION 'roadmap version % is immutable', OLD.number USING ERRCODE = 'integrity_constraint_violation';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER roadmap_versions_immutable BEFORE UPDATE OR DELETE ON "roadmap_versions" FOR EACH ROW EXECUTE FUNCTION roadmap_versions_immutable()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER roadmap_versions_immutable ON "roadmap_versions"`);
        await queryRunner.query(`DROP FUNCTION roadmap_versions_immutable()`);
        await queryRunner.query(`ALTER TABLE "roadmap_comments" DROP CONSTRAINT "roadmap_comments_version_fk"`);
        await queryRunner.query(`ALTER TABLE "roadmap_versions" DROP CONSTRAINT "roadmap_versions_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "action_sequence"`);
        await queryRunner.query(`DROP INDEX "public"."roadmap_comments_engagement"`);
        await queryRunner.query(`DROP TABLE "roadmap_comments"`);
        await queryRunner.query(`DROP INDEX "public"."roadmap_versions_engagement_number"`);
        await queryRunner.query(`DROP TABLE "roadmap_versions"`);
        await queryRunner.query(`DROP INDEX "public"."actions_engagement_number"`);
        await queryRunner.query(`DROP TABLE "actions"`);
    }

}
