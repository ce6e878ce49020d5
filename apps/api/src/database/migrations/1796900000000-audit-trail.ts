import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail becomes tamper-evident: each row records the actor's organization and user agent; the
 * table refuses UPDATE, DELETE and TRUNCATE, except sealing a row once (setting its chain place and hash)
 * and the retention purge (ctcp_purge_audit_events, which leaves an event itself); sealed rows form a hash
 * chain that ctcp_verify_audit_chain checks link by link.
 *
 * A row's hash is sha256 over the previous sealed row's hash and the row's content, serialized as a JSON
 * array (unambiguous, and the same whatever the session's time zone: the time is written in UTC).
 */
export class AuditTrail1796900000000 implements MigrationInterface {
  name = 'AuditTrail1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_events" ADD "organization_id" uuid');
    await queryRunner.query('ALTER TABLE "audit_events" ADD "user_agent" text');
    await queryRunner.query('ALTER TABLE "audit_events" ADD "chain_seq" bigint');
    await queryRunner.query('ALTER TABLE "audit_events" ADD "hash" text');
    await queryRunner.query('CREATE INDEX "IDX_audit_events_unsealed" ON "audit_events"  ("id") WHERE hash IS NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_audit_events_chain_seq" ON "audit_events"  ("chain_seq") WHERE chain_seq IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "IDX_f7d2ac32745dc979d3bd6f4049" ON "audit_events"  ("action", "id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_46550de018654a2560d1e5fe59" ON "audit_events"  ("organization_id", "id") ',
    );
    await queryRunner.query(`
      CREATE FUNCTION ctcp_audit_hash(previous text, e audit_events) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          previous, e.id::text, e.actor_id, e.organization_id, e.action, e.target_type, e.target_id, e.details,
          e.ip_address, e.user_agent, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
        )::text, 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ctcp_audit_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('ctcp.audit_purge', true) = 'on' THEN
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.chain_seq IS NOT NULL
           AND (to_jsonb(NEW) - 'hash' - 'chain_seq') = (to_jsonb(OLD) - 'hash' - 'chain_seq') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION ctcp_audit_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION ctcp_audit_append_only()',
    );
    // The latest link: the last sealed row, or after a purge of every sealed row, the purge's record of it.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_audit_chain_anchor(OUT seq bigint, OUT hash text)
      LANGUAGE sql STABLE AS $$
        SELECT coalesce((purge.details->>'lastSeq')::bigint, 0), coalesce(purge.details->>'lastHash', '')
          FROM (SELECT NULL) nothing
          LEFT JOIN LATERAL (SELECT details FROM audit_events WHERE action = 'audit.purged' ORDER BY id DESC LIMIT 1) purge
            ON true
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ctcp_seal_audit_events() RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
        seq bigint;
        event audit_events;
        sealed integer := 0;
      BEGIN
        -- One sealer at a time; rows of transactions still open are sealed by a later run.
        PERFORM pg_advisory_xact_lock(hashtextextended('ctcp audit chain', 0));
        SELECT e.chain_seq, e.hash INTO seq, previous FROM audit_events e
         WHERE e.chain_seq IS NOT NULL ORDER BY e.chain_seq DESC LIMIT 1;
        IF seq IS NULL THEN
          SELECT a.seq, a.hash INTO seq, previous FROM ctcp_audit_chain_anchor() a;
        END IF;
        FOR event IN SELECT * FROM audit_events WHERE hash IS NULL ORDER BY id LIMIT 50000 LOOP
          seq := seq + 1;
          previous := ctcp_audit_hash(previous, event);
          UPDATE audit_events SET chain_seq = seq, hash = previous WHERE id = event.id;
          sealed := sealed + 1;
        END LOOP;
        RETURN sealed;
      END $$`);
    // Every sealed row: its hash must be that of the row before it (or of the anchor a purge left) and its
    // own content, and the places must follow one another. The first row that does not is reported.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_verify_audit_chain(OUT checked bigint, OUT first_broken_id text)
      LANGUAGE sql STABLE AS $$
        WITH anchor AS (
          SELECT a.seq, a.hash FROM ctcp_audit_chain_anchor() a
           WHERE NOT EXISTS (SELECT 1 FROM audit_events WHERE chain_seq <= a.seq)
        ),
        chain AS (
          SELECT e.id, e.chain_seq, e.hash,
                 lag(e.chain_seq) OVER w AS previous_seq, lag(e.hash) OVER w AS previous_hash, e AS event
            FROM audit_events e WHERE e.chain_seq IS NOT NULL
          WINDOW w AS (ORDER BY e.chain_seq)
        ),
        checked AS (
          SELECT c.id, c.chain_seq,
                 CASE WHEN c.previous_seq IS NULL
                      THEN c.chain_seq = coalesce((SELECT seq FROM anchor), 0) + 1
                           AND c.hash = ctcp_audit_hash(coalesce((SELECT hash FROM anchor), ''), c.event)
                      ELSE c.chain_seq = c.previous_seq + 1 AND c.hash = ctcp_audit_hash(c.previous_hash, c.event)
                 END AS intact
            FROM chain c
        )
        SELECT count(*), (SELECT id::text FROM checked WHERE NOT intact ORDER BY chain_seq LIMIT 1) FROM checked
      $$`);
    // The only way rows leave: the oldest sealed ones, up to those before \`before\`, with a record of the cut.
    await queryRunner.query(`
      CREATE FUNCTION ctcp_purge_audit_events(before timestamptz) RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        purged bigint;
        last_seq bigint;
        last_hash text;
      BEGIN
        PERFORM ctcp_seal_audit_events();
        SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_events
         WHERE chain_seq IS NOT NULL AND chain_seq < coalesce(
                 (SELECT min(chain_seq) FROM audit_events WHERE chain_seq IS NOT NULL AND created_at >= before),
                 9223372036854775807)
         ORDER BY chain_seq DESC LIMIT 1;
        IF last_seq IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('ctcp.audit_purge', 'on', true);
        DELETE FROM audit_events WHERE chain_seq <= last_seq;
        GET DIAGNOSTICS purged = ROW_COUNT;
        PERFORM set_config('ctcp.audit_purge', 'off', true);
        INSERT INTO audit_events (action, target_type, target_id, details)
        VALUES ('audit.purged', 'AuditEvent', last_seq::text,
                jsonb_build_object('before', before, 'purged', purged, 'lastSeq', last_seq, 'lastHash', last_hash));
        RETURN purged;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ctcp_purge_audit_events(timestamptz)');
    await queryRunner.query('DROP FUNCTION ctcp_verify_audit_chain()');
    await queryRunner.query('DROP FUNCTION ctcp_seal_audit_events()');
    await queryRunner.query('DROP FUNCTION ctcp_audit_chain_anchor()');
    await queryRunner.query('DROP TRIGGER "audit_events_no_truncate" ON "audit_events"');
    await queryRunner.query('DROP TRIGGER "audit_events_append_only" ON "audit_events"');
    await queryRunner.query('DROP FUNCTION ctcp_audit_append_only()');
    await queryRunner.query('DROP FUNCTION ctcp_audit_hash(text, audit_events)');
    await queryRunner.query('DROP INDEX "public"."IDX_46550de018654a2560d1e5fe59"');
    await queryRunner.query('DROP INDEX "public"."IDX_f7d2ac32745dc979d3bd6f4049"');
    await queryRunner.query('DROP INDEX "public"."UQ_audit_events_chain_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_events_unsealed"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "hash"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "chain_seq"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "user_agent"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "organization_id"');
  }
}
