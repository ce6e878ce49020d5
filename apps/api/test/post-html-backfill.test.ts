import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostHtmlBackfill, RENDER_POST_BODIES } from '../src/modules/discussions/post-html-backfill.js';
import { ok, type Tokens } from './assistance-requests.fixtures.js';
import { DEMO, signInDemoUsers, type TestApp, startTestApp, userIds, workingGroupWorkspaces } from './harness.js';

/**
 * Posts kept without their HTML (written before it was kept, or inserted by SQL) get it from a job of the
 * queue, in batches: exactly what writing them would have kept, never over an edit or a deletion.
 */

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id bodyHtml } }`;
const POST_HTML = `query($id: ID!) { post(id: $id) { bodyHtml } }`;

let api: TestApp;
let tokens: Tokens;
let users: Record<string, string>;
let threadId: string;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  const workspaces = await workingGroupWorkspaces(api);
  threadId = ok(
    await api.gql(
      CREATE_THREAD,
      { input: { workspaceId: workspaces.BMLE, title: 'Kept HTML', body: 'Opening' } },
      tokens.unodc,
    ),
    'createThread',
  ).id;
});
afterAll(() => api.close());

/** Resolves once no job of the task is left: the last batch found its batch not full. */
const queueDone = () =>
  expect
    .poll(
      async () =>
        (
          await api.sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = $1`, [
            RENDER_POST_BODIES,
          ])
        )[0].n,
      { timeout: 30_000, interval: 50 },
    )
    .toBe(0);

const runTask = async (payload: Record<string, unknown> = {}) => {
  await api.sql(`SELECT graphile_worker.add_job($1, $2::json)`, [RENDER_POST_BODIES, JSON.stringify(payload)]);
  await queueDone();
};

/** A post as SQL writes one (seeds, generated data): no HTML kept, mentions recorded as given. */
async function insertPost(
  body: string,
  options: { mentioning?: string[]; deleted?: boolean; id?: string; createdAt?: string } = {},
): Promise<string> {
  const [{ id }] = await api.sql(
    `INSERT INTO posts (id, thread_id, author_id, body, deleted_at, created_at)
     VALUES (COALESCE($1, gen_random_uuid()), $2, $3, $4, $5, COALESCE($6, now())) RETURNING id`,
    [
      options.id ?? null,
      threadId,
      users[DEMO.unodc],
      body,
      options.deleted ? new Date() : null,
      options.createdAt ?? null,
    ],
  );
  for (const email of options.mentioning ?? [])
    await api.sql(`INSERT INTO post_mentions (post_id, user_id) VALUES ($1, $2)`, [id, users[email]]);
  return id;
}

async function stored(postId: string): Promise<string | null> {
  const [row] = await api.sql(`SELECT body_html FROM posts WHERE id = $1`, [postId]);
  return row.body_html;
}

const served = async (postId: string): Promise<string> =>
  ok(await api.gql(POST_HTML, { id: postId }, tokens.coordinator), 'post').bodyHtml;

describe('posts kept without HTML', () => {
  it('get what createPost keeps for the same body and mentions, in batches, deleted posts left out', async () => {
    // The run queued at start (over no post without HTML) is over: what follows is the task's own runs.
    await queueDone();
    // The Philippines' focal point cannot read the private BMLE workspace: not recorded, not linked.
    const mentioning = `Looping in @${DEMO.interpol} and @${DEMO.philippines}, see **notes**.`;
    const plain = 'A list:\n\n- one\n- `two`';
    const written = {
      mentioning: ok(
        await api.gql(CREATE_POST, { input: { threadId, body: mentioning } }, tokens.coordinator),
        'createPost',
      ),
      plain: ok(await api.gql(CREATE_POST, { input: { threadId, body: plain } }, tokens.coordinator), 'createPost'),
    };
    const recorded = await api.sql(`SELECT user_id FROM post_mentions WHERE post_id = $1`, [written.mentioning.id]);
    expect(recorded).toEqual([{ user_id: users[DEMO.interpol] }]);

    const ids = {
      mentioning: await insertPost(mentioning, { mentioning: [DEMO.interpol] }),
      plain: await insertPost(plain),
      // Seeded posts may name people without their mentions recorded: then none is linked, as on read.
      unrecorded: await insertPost(`Ask @${DEMO.interpol}`),
      another: await insertPost('Another'),
      deleted: await insertPost('', { deleted: true }),
    };
    const readBefore = await served(ids.unrecorded);
    expect(readBefore).toBe(`<p>Ask @${DEMO.interpol}</p>\n`);

    // Batches of two: four posts to render take three runs, each queued by the one before.
    await runTask({ batchSize: 2 });

    expect(await stored(ids.mentioning)).toBe(written.mentioning.bodyHtml);
    expect(await stored(ids.mentioning)).toBe(await stored(written.mentioning.id));
    expect(await stored(ids.plain)).toBe(await stored(written.plain.id));
    expect(await stored(ids.plain)).toBe('<p>A list:</p>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>\n');
    expect(await stored(ids.unrecorded)).toBe(readBefore);
    expect(await stored(ids.another)).toBe('<p>Another</p>\n');
    expect(await stored(ids.deleted)).toBeNull();
    expect(await served(ids.mentioning)).toBe(written.mentioning.bodyHtml);
    expect(
      (await api.sql(`SELECT count(*)::int AS n FROM posts WHERE body_html IS NULL AND deleted_at IS NULL`))[0].n,
    ).toBe(0);
  });

  it('are left as an edit or a deletion made meanwhile leaves them', async () => {
    const ids = {
      edited: await insertPost('Before the edit'),
      deleted: await insertPost('Before the deletion'),
      changedBySql: await insertPost('Before the change'),
      untouched: await insertPost('Untouched'),
    };
    // The rows are held while the task renders them; the task's write waits, then finds them changed.
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT 1 FROM posts WHERE id = ANY($1) FOR UPDATE`, [Object.values(ids)]);
      await api.sql(`SELECT graphile_worker.add_job($1)`, [RENDER_POST_BODIES]);
      // Asked on another connection: a transaction sees pg_stat_activity as it was when first read.
      await expect
        .poll(
          async () =>
            (
              await api.sql(
                `SELECT count(*)::int AS n FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE posts p%'`,
              )
            )[0].n,
          { timeout: 30_000, interval: 50 },
        )
        .toBe(1);
      // As updatePost and deletePost write them, and a change by SQL that keeps no HTML.
      await client.query(
        `UPDATE posts SET body = 'After the edit', body_html = '<p>After the edit</p>\n' WHERE id = $1`,
        [ids.edited],
      );
      await client.query(`UPDATE posts SET body = '', body_html = NULL, deleted_at = now() WHERE id = $1`, [
        ids.deleted,
      ]);
      await client.query(`UPDATE posts SET body = 'After the change' WHERE id = $1`, [ids.changedBySql]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await queueDone();

    expect(await stored(ids.edited)).toBe('<p>After the edit</p>\n');
    expect(await stored(ids.deleted)).toBeNull();
    expect(await stored(ids.changedBySql)).toBeNull();
    expect(await stored(ids.untouched)).toBe('<p>Untouched</p>\n');

    // The next run renders the changed body.
    await runTask();
    expect(await stored(ids.changedBySql)).toBe('<p>After the change</p>\n');
  });

  it('are taken oldest first, so that writing them again keeps the table in the order they were written', async () => {
    await queueDone();
    // Ids in the opposite order of the times (one to the microsecond): the walk follows the times.
    const oldest = await insertPost('Oldest', {
      id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
      createdAt: '2020-01-01T00:00:00.000001Z',
    });
    const newer = await insertPost('Newer', {
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2020-01-01T00:00:00.000002Z',
    });
    const first = await api.app.get(PostHtmlBackfill).renderBatch({ batchSize: 1 });
    expect(first).toEqual({ rendered: 1, last: { at: expect.any(String), id: oldest } });
    // The run it queued goes on after it, to the microsecond.
    await queueDone();
    expect(await stored(newer)).toBe('<p>Newer</p>\n');
  });

  it('are rendered by the run each start queues', async () => {
    const id = await insertPost('Inserted after the start');
    await api.app.get(PostHtmlBackfill).onApplicationBootstrap();
    await expect.poll(() => stored(id), { timeout: 30_000, interval: 50 }).toBe('<p>Inserted after the start</p>\n');
    await queueDone();
  });
});
