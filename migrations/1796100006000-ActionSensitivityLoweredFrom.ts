import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lowering of an action's sensitivity remembers the default it was decided against, and lapses when a finding
 * becomes more sensitive than that (`actionSensitivity` in src/common/confidentiality.ts; a test checks that
 * the SQL agrees). Lowerings recorded before this have no such record and lapse at once: failing closed.
 */
export class ActionSensitivityLoweredFrom1796100006000 implements MigrationInterface {
  name = 'ActionSensitivityLoweredFrom1796100006000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" ADD "sensitivity_lowered_from" text`);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_sensitivity_lowered_from_known" CHECK ("sensitivity_lowered_from" IS NULL OR "sensitivity_lowered_from" IN ('public', 'restricted', 'confidential'))`,
    );
    await queryRunner.query(`DROP VIEW "action_schedule"`);
    await queryRunner.query(`DROP FUNCTION action_sensitivity(text, text[])`);
    await queryRunner.query(`
      CREATE FUNCTION action_sensitivity(override text, lowered_from text, linked text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
                 WHEN override IS NULL THEN d.sensitivity
                 WHEN sensitivity_rank(override) >= sensitivity_rank(d.sensitivity) THEN override
                 WHEN lowered_from IS NOT NULL AND sensitivity_rank(lowered_from) >= sensitivity_rank(d.sensitivity) THEN override
                 ELSE d.sensitivity
               END
          FROM (SELECT CASE COALESCE(max(sensitivity_rank(COALESCE(l.s, 'confidential'))), 2) WHEN 0 THEN 'public' WHEN 1 THEN 'restricted' ELSE 'confidential' END
                  FROM unnest(linked) AS l(s)) AS d(sensitivity)
      $$`);
    await queryRunner.query(`
      CREATE VIEW "action_schedule" AS
      SELECT a.id AS action_id, a.engagement_id, a.code, a.number, a.title, a.thematic_area, a.responsible_entity, a.status, a.progress,
             action_due_on(a.end_date, a.timeframe, ad.adopted_on) AS due_on,
             action_sensitivity(a.sensitivity_override, a.sensitivity_lowered_from,
               ARRAY(SELECT f.sensitivity FROM unnest(a.finding_ids) AS l(id) LEFT JOIN findings f ON f.id = l.id)) AS sensitivity
        FROM actions a LEFT JOIN adoptions ad ON ad.engagement_id = a.engagement_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "action_schedule"`);
    await queryRunner.query(`DROP FUNCTION action_sensitivity(text, text, text[])`);
    await queryRunner.query(`
      CREATE FUNCTION action_sensitivity(override text, linked text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(override, (
          SELECT CASE COALESCE(max(sensitivity_rank(COALESCE(l.s, 'confidential'))), 2) WHEN 0 THEN 'public' WHEN 1 THEN 'restricted' ELSE 'confidential' END
            FROM unnest(linked) AS l(s)))
      $$`);
    await queryRunner.query(`
      CREATE VIEW "action_schedule" AS
      SELECT a.id AS action_id, a.engagement_id, a.code, a.number, a.title, a.thematic_area, a.responsible_entity, a.status, a.progress,
             action_due_on(a.end_date, a.timeframe, ad.adopted_on) AS due_on,
             action_sensitivity(a.sensitivity_override,
               ARRAY(SELECT f.sensitivity FROM unnest(a.finding_ids) AS l(id) LEFT JOIN findings f ON f.id = l.id)) AS sensitivity
        FROM actions a LEFT JOIN adoptions ad ON ad.engagement_id = a.engagement_id`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_sensitivity_lowered_from_known"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "sensitivity_lowered_from"`);
  }
}
