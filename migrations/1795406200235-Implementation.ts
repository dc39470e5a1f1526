import { MigrationInterface, QueryRunner } from "typeorm";

export class Implementation1795406200235 implements MigrationInterface {
    name = 'Implementation1795406200235'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "adoptions" ("engagement_id" uuid NOT NULL, "version_number" integer NOT NULL, "adopted_on" date NOT NULL, "adopting_authority" text NOT NULL, "instrument_reference" text NOT NULL, "document" bytea, "document_sha256" character(64), "document_size" integer, "document_uploaded_at" TIMESTAMP WITH TIME ZONE, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7c14918e671801539df39464df" PRIMARY KEY ("engagement_id"))`);
        await queryRunner.query(`CREATE TABLE "mentoring_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "date" date NOT NULL, "mentor" text NOT NULL, "topics" text array NOT NULL, "action_ids" uuid array NOT NULL, "notes" text NOT NULL DEFAULT '', "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ce3ec85cbac78813679b7c1f67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "mentoring_sessions_engagement_date" ON "mentoring_sessions"  ("engagement_id", "date") `);
        await queryRunner.query(`CREATE TABLE "progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "action_id" uuid NOT NULL, "status" text NOT NULL, "percent" integer NOT NULL, "note" text NOT NULL DEFAULT '', "reporter_id" uuid, "reporter_email" text NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "progress_updates_percent_range" CHECK ("percent" BETWEEN 0 AND 100), CONSTRAINT "progress_updates_status_known" CHECK ("status" IN ('not_started', 'in_progress', 'completed', 'delayed', 'cancelled')), CONSTRAINT "PK_180f6781848cb83b31c3deb131b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "progress_updates_engagement" ON "progress_updates"  ("engagement_id") `);
        await queryRunner.query(`CREATE INDEX "progress_updates_action_at" ON "progress_updates"  ("action_id", "reported_at") `);
        await queryRunner.query(`CREATE TABLE "trainings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "course" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "participants_total" integer NOT NULL, "participants_women" integer NOT NULL, "participants_men" integer NOT NULL, "institutions" text array NOT NULL DEFAULT '{}', "action_ids" uuid array NOT NULL, "pre_test_average" real, "post_test_average" real, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "trainings_test_averages_range" CHECK (("pre_test_average" IS NULL OR "pre_test_average" BETWEEN 0 AND 100) AND ("post_test_average" IS NULL OR "post_test_average" BETWEEN 0 AND 100)), CONSTRAINT "trainings_participants_add_up" CHECK ("participants_women" >= 0 AND "participants_men" >= 0 AND "participants_women" + "participants_men" <= "participants_total"), CONSTRAINT "trainings_dates_ordered" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_b67237502b175163e47dc85018d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "trainings_engagement_start" ON "trainings"  ("engagement_id", "start_date") `);
        await queryRunner.query(`ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_action_fk" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "trainings" ADD CONSTRAINT "trainings_engagement_fk" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Progress reports are the record of what a State said and when: they are never changed or removed.
        await queryRunner.query(`
            CREATE FUNCTION progress_updates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'progress updates are append-only' USING ERRCODE = 'integrity_constraint_violation';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER progress_updates_append_only BEFORE UPDATE OR DELETE ON "progress_updates" FOR EACH ROW EXECUTE FUNCTION progress_updates_append_only()`);
        // When each action is due: its end date, or else the end of its timeframe counted from the adoption.
        // One definition for the implementation page, the pipeline and the portfolio.
        await queryRunner.query(`
            CREATE VIEW "action_schedule" AS
            SELECT a.id AS action_id, a.engagement_id, a.code, a.number, a.title, a.thematic_area, a.responsible_entity, a.status, a.progress,
                   COALESCE(a.end_date, (ad.adopted_on + CASE a.timeframe WHEN 'short' THEN 6 WHEN 'medium' THEN 18 ELSE 36 END * interval '1 month')::date) AS due_on
              FROM actions a LEFT JOIN adoptions ad ON ad.engagement_id = a.engagement_id`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP VIEW "action_schedule"`);
        await queryRunner.query(`DROP TRIGGER progress_updates_append_only ON "progress_updates"`);
        await queryRunner.query(`DROP FUNCTION progress_updates_append_only()`);
        await queryRunner.query(`ALTER TABLE "trainings" DROP CONSTRAINT "trainings_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "progress_updates" DROP CONSTRAINT "progress_updates_action_fk"`);
        await queryRunner.query(`ALTER TABLE "mentoring_sessions" DROP CONSTRAINT "mentoring_sessions_engagement_fk"`);
        await queryRunner.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "adoptions_engagement_fk"`);
        await queryRunner.query(`DROP INDEX "public"."trainings_engagement_start"`);
        await queryRunner.query(`DROP TABLE "trainings"`);
        await queryRunner.query(`DROP INDEX "public"."progress_updates_action_at"`);
        await queryRunner.query(`DROP INDEX "public"."progress_updates_engagement"`);
        await queryRunner.query(`DROP TABLE "progress_updates"`);
        await queryRunner.query(`DROP INDEX "public"."mentoring_sessions_engagement_date"`);
        await queryRunner.query(`DROP TABLE "mentoring_sessions"`);
        await queryRunner.query(`DROP TABLE "adoptions"`);
    }

}
