import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organization units (UNOCT's UNCCT, SPIB, ...) and the unit of a person, an activity and a project;
 * working-group memberships get their from and to dates. The seeded units reach existing databases
 * through the reference-data seed, which runs at every start and inserts what is missing.
 */
export class OrganizationUnits1796600000000 implements MigrationInterface {
  name = 'OrganizationUnits1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organization_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text, "organization_id" uuid NOT NULL, "parent_id" uuid, "acronym" text, "names" jsonb NOT NULL, "confirmed" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b51ad75dc72e599989e8de6349b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_d2be60a1d391720259ae4489d1" ON "organization_units"  ("key") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_df2e2e2403ae9606dc4d3cf35f" ON "organization_units"  ("organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_a35f727a1be9892d19f6536ff7" ON "organization_units"  ("parent_id") ');
    await queryRunner.query('ALTER TABLE "users" ADD "unit_id" uuid');
    await queryRunner.query('ALTER TABLE "working_group_memberships" ADD "from_date" date');
    await queryRunner.query('ALTER TABLE "working_group_memberships" ADD "to_date" date');
    await queryRunner.query('ALTER TABLE "projects" ADD "unit_id" uuid');
    await queryRunner.query('ALTER TABLE "activities" ADD "unit_id" uuid');
    await queryRunner.query('CREATE INDEX "IDX_b94ecc6be926a5d23aa7791ec8" ON "users"  ("unit_id") ');
    await queryRunner.query('CREATE INDEX "IDX_05e6e8db066a4c8a68ab27acb6" ON "projects"  ("unit_id") ');
    await queryRunner.query('CREATE INDEX "IDX_8db0ee3e1c6678bee1f8192e52" ON "activities"  ("unit_id") ');
    await queryRunner.query(
      'ALTER TABLE "organization_units" ADD CONSTRAINT "FK_df2e2e2403ae9606dc4d3cf35f8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_units" ADD CONSTRAINT "FK_a35f727a1be9892d19f6536ff7a" FOREIGN KEY ("parent_id") REFERENCES "organization_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "organization_units"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_05e6e8db066a4c8a68ab27acb65" FOREIGN KEY ("unit_id") REFERENCES "organization_units"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "activities" ADD CONSTRAINT "FK_8db0ee3e1c6678bee1f8192e524" FOREIGN KEY ("unit_id") REFERENCES "organization_units"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "activities" DROP CONSTRAINT "FK_8db0ee3e1c6678bee1f8192e524"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_05e6e8db066a4c8a68ab27acb65"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"');
    await queryRunner.query('ALTER TABLE "organization_units" DROP CONSTRAINT "FK_a35f727a1be9892d19f6536ff7a"');
    await queryRunner.query('ALTER TABLE "organization_units" DROP CONSTRAINT "FK_df2e2e2403ae9606dc4d3cf35f8"');
    await queryRunner.query('DROP INDEX "public"."IDX_8db0ee3e1c6678bee1f8192e52"');
    await queryRunner.query('DROP INDEX "public"."IDX_05e6e8db066a4c8a68ab27acb6"');
    await queryRunner.query('DROP INDEX "public"."IDX_b94ecc6be926a5d23aa7791ec8"');
    await queryRunner.query('ALTER TABLE "activities" DROP COLUMN "unit_id"');
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "unit_id"');
    await queryRunner.query('ALTER TABLE "working_group_memberships" DROP COLUMN "to_date"');
    await queryRunner.query('ALTER TABLE "working_group_memberships" DROP COLUMN "from_date"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "unit_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_a35f727a1be9892d19f6536ff7"');
    await queryRunner.query('DROP INDEX "public"."IDX_df2e2e2403ae9606dc4d3cf35f"');
    await queryRunner.query('DROP INDEX "public"."IDX_d2be60a1d391720259ae4489d1"');
    await queryRunner.query('DROP TABLE "organization_units"');
  }
}
