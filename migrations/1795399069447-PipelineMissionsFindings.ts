import { MigrationInterface, QueryRunner } from "typeorm";

export class PipelineMissionsFindings1795399069447 implements MigrationInterface {
    name = 'PipelineMissionsFindings1795399069447'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "engagement_transitions" ("id" BIGSERIAL NOT NULL, "engagement_id" uuid NOT NULL, "from_stage" text NOT NULL, "to_stage" text NOT NULL, "event" text NOT NULL, "actor_id" uuid, "actor_email" text NOT NULL, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fad373f5456019ee6de51ee54a6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "engagement_transitions_engagement_at" ON "engagement_transitions"  ("engagement_id", "at") `);
        await queryRunner.query(`CREATE TABLE "findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "number" integer NOT NULL, "code" text NOT NULL, "kind" text NOT NULL, "thematic_area" text NOT NULL, "dimension" text NOT NULL, "phase" text NOT NULL, "level" integer NOT NULL, "title" text NOT NULL, "observation" text NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "framework_refs" text array NOT NULL DEFAULT '{}', "sensitivity" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "withdrawn_reason" text, "mission_id" uuid, "validated_by" uuid, "validated_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "findings_level_range" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "findings_sensitivity_known" CHECK ("sensitivity" IN ('public', 'restricted', 'confidential')), CONSTRAINT "findings_status_known" CHECK ("status" IN ('draft', 'validated', 'withdrawn')), CONSTRAINT "findings_kind_known" CHECK ("kind" IN ('gap', 'good_practice')), CONSTRAINT "PK_ae9807d6293c23c13ff8804d09c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "findings_engagement_number" ON "findings"  ("engagement_id", "number") `);
        await queryRunner.query(`CREATE INDEX "findings_search" ON "findings" USING gin (to_tsvector('simple', "title" || ' ' || "observation"))`);
        await queryRunner.query(`CREATE TABLE "finding_levels" ("id" BIGSERIAL NOT NULL, "finding_id" uuid NOT NULL, "level" integer NOT NULL, "mission_id" uuid, "note" text, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13ce9fe7030a10423b387580d05" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "finding_levels_finding" ON "finding_levels"  ("finding_id", "recorded_at") `);
        await queryRunner.query(`CREATE TABLE "missions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "type" text NOT NULL, "start_date" date, "end_date" date, "lead_id" uuid, "team_ids" uuid array NOT NULL DEFAULT '{}', "documents_reviewed" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "missions_dates_ordered" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "missions_type_known" CHECK ("type" IN ('scoping', 'follow_up')), CONSTRAINT "PK_787aebb1ac5923c9904043c6309" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "missions_engagement" ON "missions"  ("engagement_id") `);
        await queryRunner.query(`CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mission_id" uuid NOT NULL, "institution" text NOT NULL, "sector" text NOT NULL, "date" date NOT NULL, "participants" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "consultations_participants_positive" CHECK ("participants" >= 1), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "consultations_mission" ON "consultations"  ("mission_id") `);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "snapshot" jsonb`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "machine_version" integer`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "finding_sequence" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "findings" ADD CONSTRAINT "findings_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "finding_levels" ADD CONSTRAINT "finding_levels_finding_fk" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "missions" ADD CONSTRAINT "missions_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consultations" ADD CONSTRAINT "consultations_mission_fk" FOREIGN KEY ("mission_id") REFERENCES "missions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "consultations_mission_fk"`);
        await queryRunner.query(`ALTER TABLE "missions" DROP CONSTRAINT "missions_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "finding_levels" DROP CONSTRAINT "finding_levels_finding_fk"`);
        await queryRunner.query(`ALTER TABLE "findings" DROP CONSTRAINT "findings_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "finding_sequence"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "machine_version"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "snapshot"`);
        await queryRunner.query(`DROP INDEX "public"."consultations_mission"`);
        await queryRunner.query(`DROP TABLE "consultations"`);
        await queryRunner.query(`DROP INDEX "public"."missions_engagement"`);
        await queryRunner.query(`DROP TABLE "missions"`);
        await queryRunner.query(`DROP INDEX "public"."finding_levels_finding"`);
        await queryRunner.query(`DROP TABLE "finding_levels"`);
        await queryRunner.query(`DROP INDEX "public"."findings_search"`);
        await queryRunner.query(`DROP INDEX "public"."findings_engagement_number"`);
        await queryRunner.query(`DROP TABLE "findings"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_transitions_engagement_at"`);
        await queryRunner.query(`DROP TABLE "engagement_transitions"`);
    }

}
