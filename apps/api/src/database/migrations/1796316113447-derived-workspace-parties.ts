import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who takes part in a request's or a project's workspace is now derived from the record
 * (policy/workspaces.ts): the membership rows copied there once are removed, and the lookups from a
 * workspace to its record are indexed.
 */
export class DerivedWorkspaceParties1796316113447 implements MigrationInterface {
  name = 'DerivedWorkspaceParties1796316113447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_af78b8fc6857fe0a10d1bb1699" ON "projects"  ("workspace_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_5543ed59bd4debe798572b272e" ON "assistance_requests"  ("workspace_id") ',
    );
    for (const table of ['workspace_members', 'workspace_organizations']) {
      await queryRunner.query(
        `DELETE FROM ${table} WHERE workspace_id IN (SELECT id FROM workspaces WHERE kind IN ('ASSISTANCE_REQUEST', 'PROJECT'))`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The copied memberships are not restored: the derived parties are what they were meant to be.
    await queryRunner.query('DROP INDEX "public"."IDX_5543ed59bd4debe798572b272e"');
    await queryRunner.query('DROP INDEX "public"."IDX_af78b8fc6857fe0a10d1bb1699"');
  }
}
