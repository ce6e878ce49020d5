import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssistanceRequests1795927242029 implements MigrationInterface {
  name = 'AssistanceRequests1795927242029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assistance_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "requesting_state_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "working_group_id" uuid, "pillars" text array NOT NULL DEFAULT \'{}\', "priority" text NOT NULL, "desired_timeframe" text NOT NULL DEFAULT \'\', "beneficiary_institutions" text NOT NULL DEFAULT \'\', "sharing_scope" text NOT NULL, "status" text NOT NULL, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "sla_due_at" TIMESTAMP WITH TIME ZONE, "lead_entity_id" uuid, "workspace_id" uuid, "thread_id" uuid, "feedback_rating" smallint, "feedback_comment" text, "feedback_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_944a7bc065921be9d453c8d4957" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_5beed8ed375e05caf925886cac" ON "assistance_requests"  ("number") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_e2db13300ca3a93f97eef6e102" ON "assistance_requests"  ("sla_due_at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_a7c8aeb167bc2fd824e663d724" ON "assistance_requests"  ("status", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_294b7bd8524ccaab48745adb26" ON "assistance_requests"  ("requesting_state_id", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assistance_request_shared_entities" ("request_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_cd2aaed509ca7d725c0e2fb9dbe" PRIMARY KEY ("request_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9237050b4c5b15dfc69e8f0a99" ON "assistance_request_shared_entities"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assistance_request_partners" ("request_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_1ae0e5c7b293f3670978cbeecaa" PRIMARY KEY ("request_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7e2096311fea8fe26b81784501" ON "assistance_request_partners"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assistance_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "author_id" uuid NOT NULL, "note" text NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8cb1dd668f0d13e25ba5eaa771" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fe1e1475955b03286a52130d76" ON "assistance_offers"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_beb1291061d6c9a56c5e7c273c" ON "assistance_offers"  ("request_id", "organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assistance_request_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "step" integer NOT NULL, "request_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "note" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7d4bd27e7fb6a6a0b2c9f25184" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_afe2f470cbb2f7aef62aa0b0ec" ON "assistance_request_transitions"  ("request_id", "step") ',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_bcb693b61503d0ae17815d47842" FOREIGN KEY ("requesting_state_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_302f25e7e7bb49c9fefe916b868" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_17ad8fb32f997e8b960d89b99c3" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_a95855b0708ef18612ef57fe920" FOREIGN KEY ("lead_entity_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_requests" ADD CONSTRAINT "FK_5543ed59bd4debe798572b272e3" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_shared_entities" ADD CONSTRAINT "FK_9f4c72772a5957f45a4ec3eca25" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_shared_entities" ADD CONSTRAINT "FK_9237050b4c5b15dfc69e8f0a99a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_partners" ADD CONSTRAINT "FK_355277eeda06aad78800680aab0" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_partners" ADD CONSTRAINT "FK_7e2096311fea8fe26b817845013" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_offers" ADD CONSTRAINT "FK_47f899caf582828a8976e1cbf5f" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_offers" ADD CONSTRAINT "FK_fe1e1475955b03286a52130d765" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_offers" ADD CONSTRAINT "FK_09fd283d123b8b526ce42b85da2" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_transitions" ADD CONSTRAINT "FK_3f4952c2143166647f12709a96e" FOREIGN KEY ("request_id") REFERENCES "assistance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_transitions" ADD CONSTRAINT "FK_76a73eb08aeeffc795cebdefb0f" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assistance_request_transitions" DROP CONSTRAINT "FK_76a73eb08aeeffc795cebdefb0f"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_transitions" DROP CONSTRAINT "FK_3f4952c2143166647f12709a96e"',
    );
    await queryRunner.query('ALTER TABLE "assistance_offers" DROP CONSTRAINT "FK_09fd283d123b8b526ce42b85da2"');
    await queryRunner.query('ALTER TABLE "assistance_offers" DROP CONSTRAINT "FK_fe1e1475955b03286a52130d765"');
    await queryRunner.query('ALTER TABLE "assistance_offers" DROP CONSTRAINT "FK_47f899caf582828a8976e1cbf5f"');
    await queryRunner.query(
      'ALTER TABLE "assistance_request_partners" DROP CONSTRAINT "FK_7e2096311fea8fe26b817845013"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_partners" DROP CONSTRAINT "FK_355277eeda06aad78800680aab0"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_shared_entities" DROP CONSTRAINT "FK_9237050b4c5b15dfc69e8f0a99a"',
    );
    await queryRunner.query(
      'ALTER TABLE "assistance_request_shared_entities" DROP CONSTRAINT "FK_9f4c72772a5957f45a4ec3eca25"',
    );
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_5543ed59bd4debe798572b272e3"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_a95855b0708ef18612ef57fe920"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_17ad8fb32f997e8b960d89b99c3"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_302f25e7e7bb49c9fefe916b868"');
    await queryRunner.query('ALTER TABLE "assistance_requests" DROP CONSTRAINT "FK_bcb693b61503d0ae17815d47842"');
    await queryRunner.query('DROP INDEX "public"."IDX_afe2f470cbb2f7aef62aa0b0ec"');
    await queryRunner.query('DROP TABLE "assistance_request_transitions"');
    await queryRunner.query('DROP INDEX "public"."IDX_beb1291061d6c9a56c5e7c273c"');
    await queryRunner.query('DROP INDEX "public"."IDX_fe1e1475955b03286a52130d76"');
    await queryRunner.query('DROP TABLE "assistance_offers"');
    await queryRunner.query('DROP INDEX "public"."IDX_7e2096311fea8fe26b81784501"');
    await queryRunner.query('DROP TABLE "assistance_request_partners"');
    await queryRunner.query('DROP INDEX "public"."IDX_9237050b4c5b15dfc69e8f0a99"');
    await queryRunner.query('DROP TABLE "assistance_request_shared_entities"');
    await queryRunner.query('DROP INDEX "public"."IDX_294b7bd8524ccaab48745adb26"');
    await queryRunner.query('DROP INDEX "public"."IDX_a7c8aeb167bc2fd824e663d724"');
    await queryRunner.query('DROP INDEX "public"."IDX_e2db13300ca3a93f97eef6e102"');
    await queryRunner.query('DROP INDEX "public"."IDX_5beed8ed375e05caf925886cac"');
    await queryRunner.query('DROP TABLE "assistance_requests"');
  }
}
