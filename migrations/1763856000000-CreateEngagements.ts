import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEngagements1763856000000 implements MigrationInterface {
  name = 'CreateEngagements1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "engagements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "country" character(3) NOT NULL,
        "title" text NOT NULL,
        "thematic_areas" text array NOT NULL,
        "languages" text array NOT NULL,
        "stage" text NOT NULL DEFAULT 'scoping.planning',
        "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "engagements_country_format" CHECK ("country" ~ '^[A-Z]{3}$'),
        CONSTRAINT "engagements_title_not_blank" CHECK (length(btrim("title")) > 0),
        CONSTRAINT "PK_engagements_id" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "engagements_one_active_per_country" ON "engagements" ("country") WHERE "stage" NOT IN ('completed', 'withdrawn')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "engagements_one_active_per_country"`);
    await queryRunner.query(`DROP TABLE "engagements"`);
  }
}
