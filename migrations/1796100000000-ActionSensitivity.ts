import { MigrationInterface, QueryRunner } from 'typeorm';

/** An action's sensitivity may be set explicitly by a programme manager (with a reason); null keeps the default. */
export class ActionSensitivity1796100000000 implements MigrationInterface {
  name = 'ActionSensitivity1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" ADD "sensitivity_override" text`);
    await queryRunner.query(`ALTER TABLE "actions" ADD "sensitivity_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_sensitivity_override_known" CHECK ("sensitivity_override" IS NULL OR "sensitivity_override" IN ('public', 'restricted', 'confidential'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_sensitivity_override_known"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "sensitivity_reason"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "sensitivity_override"`);
  }
}
