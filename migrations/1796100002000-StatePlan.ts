import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One SQL definition of an action's sensitivity and due date, for the implementation page, the portfolio and
 * the State's view of its plan (src/implementation/state-plan.ts). `action_sensitivity` is
 * `actionSensitivity` of src/common/confidentiality.ts (a test checks that they agree): the explicit setting,
 * else the most restrictive of the linked findings', a missing finding (or none) counting as confidential.
 */
export class StatePlan1796100002000 implements MigrationInterface {
  name = 'StatePlan1796100002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Anything unknown ranks as confidential: a rule that cannot be read fails closed.
    await queryRunner.query(`
      CREATE FUNCTION sensitivity_rank(sensitivity text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE sensitivity WHEN 'public' THEN 0 WHEN 'restricted' THEN 1 ELSE 2 END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION action_sensitivity(override text, linked text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(override, (
          SELECT CASE COALESCE(max(sensitivity_rank(COALESCE(l.s, 'confidential'))), 2) WHEN 0 THEN 'public' WHEN 1 THEN 'restricted' ELSE 'confidential' END
            FROM unnest(linked) AS l(s)))
      $$`);
    // When an action is due: its end date, or else the end of its timeframe counted from the adoption.
    await queryRunner.query(`
      CREATE FUNCTION action_due_on(end_date date, timeframe text, adopted_on date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(end_date, (adopted_on + CASE timeframe WHEN 'short' THEN 6 WHEN 'medium' THEN 18 ELSE 36 END * interval '1 month')::date)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW "action_schedule" AS
      SELECT a.id AS action_id, a.engagement_id, a.code, a.number, a.title, a.thematic_area, a.responsible_entity, a.status, a.progress,
             action_due_on(a.end_date, a.timeframe, ad.adopted_on) AS due_on,
             action_sensitivity(a.sensitivity_override,
               ARRAY(SELECT f.sensitivity FROM unnest(a.finding_ids) AS l(id) LEFT JOIN findings f ON f.id = l.id)) AS sensitivity
        FROM actions a LEFT JOIN adoptions ad ON ad.engagement_id = a.engagement_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "action_schedule"`);
    await queryRunner.query(`
      CREATE VIEW "action_schedule" AS
      SELECT a.id AS action_id, a.engagement_id, a.code, a.number, a.title, a.thematic_area, a.responsible_entity, a.status, a.progress,
             COALESCE(a.end_date, (ad.adopted_on + CASE a.timeframe WHEN 'short' THEN 6 WHEN 'medium' THEN 18 ELSE 36 END * interval '1 month')::date) AS due_on
        FROM actions a LEFT JOIN adoptions ad ON ad.engagement_id = a.engagement_id`);
    await queryRunner.query(`DROP FUNCTION action_due_on(date, text, date)`);
    await queryRunner.query(`DROP FUNCTION action_sensitivity(text, text[])`);
    await queryRunner.query(`DROP FUNCTION sensitivity_rank(text)`);
  }
}
