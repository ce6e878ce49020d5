import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Six-month work plans of a working group or an organization unit (one per owner and half year), their
 * items, the items' progress notes (appended, never edited) and the reminders sent to an item's leads
 * (one per item and threshold, which keeps the daily job from repeating itself).
 */
export class WorkPlans1796700000000 implements MigrationInterface {
  name = 'WorkPlans1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "work_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "working_group_id" uuid, "unit_id" uuid, "organization_id" uuid, "year" integer NOT NULL, "half" integer NOT NULL, "title" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_work_plans_half" CHECK ("half" IN (1, 2)), CONSTRAINT "CHK_work_plans_unit_organization" CHECK (("unit_id" IS NULL) = ("organization_id" IS NULL)), CONSTRAINT "CHK_work_plans_one_owner" CHECK (("working_group_id" IS NULL) <> ("unit_id" IS NULL)), CONSTRAINT "PK_aec61407bc55c68a5e31f4aaeec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_777ee69bc44276fd0ef73ac30c" ON "work_plans"  ("year", "half") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_work_plans_unit_period" ON "work_plans"  ("unit_id", "year", "half") WHERE "unit_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_work_plans_group_period" ON "work_plans"  ("working_group_id", "year", "half") WHERE "working_group_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "work_plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "work_plan_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "pillar" text NOT NULL, "owner_organization_id" uuid NOT NULL, "owner_unit_id" uuid, "lead_ids" uuid array NOT NULL DEFAULT \'{}\', "due_date" date NOT NULL, "status" text NOT NULL DEFAULT \'NOT_STARTED\', "project_ids" uuid array NOT NULL DEFAULT \'{}\', "activity_ids" uuid array NOT NULL DEFAULT \'{}\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18d21728482ebb26222468a7a23" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_work_plan_items_open_due" ON "work_plan_items"  ("due_date") WHERE "status" NOT IN (\'DONE\', \'DROPPED\')',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8147026055152383f2aeb5af1f" ON "work_plan_items"  ("work_plan_id", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_plan_progress_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6909d11b75b370a2a67600a4612" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4c1650c8a2abf7d7164ac75ac0" ON "work_plan_progress_notes"  ("item_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_plan_reminders" ("item_id" uuid NOT NULL, "threshold" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_835ce0f6377712590f5db677fc6" PRIMARY KEY ("item_id", "threshold"))',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_a5d86311f4ca0d5b3da89790f63" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_524fe087268bc6ac09264c19273" FOREIGN KEY ("unit_id") REFERENCES "organization_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_725e679aca2c2eace3a83dccda0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plans" ADD CONSTRAINT "FK_b957161b3d74d6db626c791f846" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_b57a42caf23cb0c7b08810c3a5f" FOREIGN KEY ("work_plan_id") REFERENCES "work_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_e3be5b3628fcfeb03bf3586cde4" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_439755f338d4767b0105b72c544" FOREIGN KEY ("owner_unit_id") REFERENCES "organization_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_432263e3e27ebe3542f43fc608b" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_progress_notes" ADD CONSTRAINT "FK_299c4ee46d330f8bc05fb3bc0d6" FOREIGN KEY ("item_id") REFERENCES "work_plan_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_progress_notes" ADD CONSTRAINT "FK_1d760a15dc85bacb08fd77955b4" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_plan_reminders" ADD CONSTRAINT "FK_1a6a23ec94cbf5e8ae2e5274ee3" FOREIGN KEY ("item_id") REFERENCES "work_plan_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "work_plan_reminders" DROP CONSTRAINT "FK_1a6a23ec94cbf5e8ae2e5274ee3"');
    await queryRunner.query('ALTER TABLE "work_plan_progress_notes" DROP CONSTRAINT "FK_1d760a15dc85bacb08fd77955b4"');
    await queryRunner.query('ALTER TABLE "work_plan_progress_notes" DROP CONSTRAINT "FK_299c4ee46d330f8bc05fb3bc0d6"');
    await queryRunner.query('ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_432263e3e27ebe3542f43fc608b"');
    await queryRunner.query('ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_439755f338d4767b0105b72c544"');
    await queryRunner.query('ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_e3be5b3628fcfeb03bf3586cde4"');
    await queryRunner.query('ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_b57a42caf23cb0c7b08810c3a5f"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_b957161b3d74d6db626c791f846"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_725e679aca2c2eace3a83dccda0"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_524fe087268bc6ac09264c19273"');
    await queryRunner.query('ALTER TABLE "work_plans" DROP CONSTRAINT "FK_a5d86311f4ca0d5b3da89790f63"');
    await queryRunner.query('DROP TABLE "work_plan_reminders"');
    await queryRunner.query('DROP INDEX "public"."IDX_4c1650c8a2abf7d7164ac75ac0"');
    await queryRunner.query('DROP TABLE "work_plan_progress_notes"');
    await queryRunner.query('DROP INDEX "public"."IDX_8147026055152383f2aeb5af1f"');
    await queryRunner.query('DROP INDEX "public"."IDX_work_plan_items_open_due"');
    await queryRunner.query('DROP TABLE "work_plan_items"');
    await queryRunner.query('DROP INDEX "public"."UQ_work_plans_group_period"');
    await queryRunner.query('DROP INDEX "public"."UQ_work_plans_unit_period"');
    await queryRunner.query('DROP INDEX "public"."IDX_777ee69bc44276fd0ef73ac30c"');
    await queryRunner.query('DROP TABLE "work_plans"');
  }
}
