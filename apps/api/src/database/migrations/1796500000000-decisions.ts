import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions by silence procedure: a proposal in a workspace, adopted at its deadline unless an organization
 * objects first (one objection per organization).
 */
export class Decisions1796500000000 implements MigrationInterface {
  name = 'Decisions1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "silence_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "proposed_by_id" uuid NOT NULL, "proposer_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "IDX_b2c0e395670af3355762028675" ON "decisions"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_1631b41cb442b3f5624d612f16" ON "decisions"  ("workspace_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision_objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_decision_objections_one_per_organization" UNIQUE ("decision_id", "organization_id"), CONSTRAINT "PK_8b24a4729489656aff9c5a223a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7cedd16f9cff0665b485ef9c25" ON "decision_objections"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_bb3fd3cca37abf6d491711d9f3f" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_17a45140f6a9dd77bf7b521435d" FOREIGN KEY ("proposer_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decisions" ADD CONSTRAINT "FK_075265dec45622dbd3b67ea7fbb" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_objections" ADD CONSTRAINT "FK_44fbaeaa828f406c9e86a6b21e6" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_objections" ADD CONSTRAINT "FK_a2d7cc6f0b98c830f5f2053833c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_objections" ADD CONSTRAINT "FK_7cedd16f9cff0665b485ef9c25c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "decision_objections" DROP CONSTRAINT "FK_7cedd16f9cff0665b485ef9c25c"');
    await queryRunner.query('ALTER TABLE "decision_objections" DROP CONSTRAINT "FK_a2d7cc6f0b98c830f5f2053833c"');
    await queryRunner.query('ALTER TABLE "decision_objections" DROP CONSTRAINT "FK_44fbaeaa828f406c9e86a6b21e6"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_075265dec45622dbd3b67ea7fbb"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_17a45140f6a9dd77bf7b521435d"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_bb3fd3cca37abf6d491711d9f3f"');
    await queryRunner.query('ALTER TABLE "decisions" DROP CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003"');
    await queryRunner.query('DROP INDEX "public"."IDX_7cedd16f9cff0665b485ef9c25"');
    await queryRunner.query('DROP TABLE "decision_objections"');
    await queryRunner.query('DROP INDEX "public"."IDX_1631b41cb442b3f5624d612f16"');
    await queryRunner.query('DROP INDEX "public"."IDX_b2c0e395670af3355762028675"');
    await queryRunner.query('DROP TABLE "decisions"');
  }
}
