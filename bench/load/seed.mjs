#!/usr/bin/env node
// The load suite's people: fills the api's database with N distinct people across the Compact's entities
// and the Member States (the organizations of the demo data), their workspaces, threads, posts,
// notifications and a few hundred assistance requests, through the real tables, in one transaction.
// Everyone gets ONE argon2id hash of the bench's password (computed once, with the api's library and
// options), so each person can sign in; emails are person<n>@load.example.
//
// Importable (seed, seededPeople) and a CLI:
//   node bench/load/seed.mjs --database-url=postgresql://... [--people=10000]
//   node bench/load/seed.mjs --data-dir=/tmp/load [--people=10000]   (the api must be running on it)
//
// Who is where (the numbers are printed and returned):
// - person0, person200, person400, ... are coordinators (UNOCT); of the others 45% are staff of a Compact
//   entity (more in the entities that sit in more working groups), 55% focal points of a Member State
//   (States of uneven size). Any prefix person0..person<k> is a fair sample of the whole.
// - Each person is meant to take part in 3 to 8 workspaces: entity staff are already in their entity's
//   working-group workspaces (demo data: 1 to 9 of them); personal memberships make up the rest.
// - A State's people take part, beyond the OPEN spaces, only in their own State's PRIVATE workspaces
//   (with entity staff and a coordinator, never another State's people), in their State's request
//   discussions, and in OPEN regional forums. Entity staff fill the entity side of the State workspaces,
//   then inter-agency PRIVATE workspaces. Every ad hoc workspace has 10 to 300 members.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { DEMO_PASSWORD, embeddedDatabaseUrl } from '../lib/api.mjs';
import { fail, optionReader } from '../lib/process.mjs';
import { FIRST_NAMES, LANGUAGES, LAST_NAMES } from '../search/words.mjs';

export const LOAD_DOMAIN = 'load.example';
export const emailOf = (n) => `person${n}@${LOAD_DOMAIN}`;
/** Every generated person signs in with the bench's password (the demo accounts' one on the benched api). */
export const PEOPLE_PASSWORD = DEMO_PASSWORD;
/** person0, person200, ... are coordinators. */
export const COORDINATOR_EVERY = 200;
const ENTITY_SHARE = 0.45;

/** How many generated people the database has (a seeded database is reused as it is). */
export async function seededPeople(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS count FROM users WHERE email LIKE $1`, [
      `%@${LOAD_DOMAIN}`,
    ]);
    return rows[0].count;
  } finally {
    await client.end();
  }
}

// ---- deterministic randomness ----

function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  /** Picks among `items` in proportion to `weightOf(item)`. */
  const weighted = (items, weightOf) => {
    const cumulative = [];
    let total = 0;
    for (const item of items) cumulative.push((total += weightOf(item)));
    return () => {
      const target = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > target) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    };
  };
  /** `count` distinct items of `items` (all of them when there are fewer). */
  const sample = (items, count) => {
    if (count >= items.length) return [...items];
    const chosen = new Set();
    while (chosen.size < count) chosen.add(items[Math.floor(next() * items.length)]);
    return [...chosen];
  };
  return { next, int, pick, shuffle, weighted, sample };
}

// ---- texts ----

const LANGUAGE_BY_CODE = Object.fromEntries(LANGUAGES.map((language) => [language.code, language]));
// What people of each UN regional group write in, most often first (entities: mostly English and French).
const LANGUAGES_OF_GROUP = {
  AFRICAN: ['en', 'fr', 'en', 'fr', 'ar'],
  ASIA_PACIFIC: ['en', 'en', 'ar', 'zh', 'en'],
  EASTERN_EUROPEAN: ['ru', 'en', 'ru', 'en', 'en'],
  LATIN_AMERICAN_AND_CARIBBEAN: ['es', 'es', 'es', 'en', 'es'],
  WESTERN_EUROPEAN_AND_OTHERS: ['en', 'fr', 'en', 'es', 'en'],
  ENTITY: ['en', 'en', 'en', 'fr', 'en', 'fr', 'es', 'ar', 'ru', 'zh'],
};
const REGION_NAMES = {
  AFRICAN: 'African States',
  ASIA_PACIFIC: 'Asia-Pacific States',
  EASTERN_EUROPEAN: 'Eastern European States',
  LATIN_AMERICAN_AND_CARIBBEAN: 'Latin American and Caribbean States',
  WESTERN_EUROPEAN_AND_OTHERS: 'Western European and other States',
};
// The subjects of a State's private exchanges with the Compact (at most eight a State).
const STATE_TOPICS = [
  'national counter-terrorism strategy review',
  'border security coordination',
  'countering the financing of terrorism',
  'prison rehabilitation programme',
  'PCVE national action plan',
  'aviation security and API/PNR',
  'support to victims of terrorism',
  'legislative assistance',
];
const INTER_AGENCY_TOPICS = [
  'Inter-agency task force on returnees',
  'Joint programming on border management',
  'Monitoring and evaluation network',
  'Gender focal points network',
  'Cyber and new technologies group',
  'Resource mobilization cell',
  'Legal advisers network',
  'Communications focal points',
];
const REQUEST_TITLES = [
  'Training of border police on document fraud',
  'Drafting of counter-terrorism financing legislation',
  'Assessment of prison radicalization risks',
  'Support to a national PCVE action plan',
  'Establishment of a passenger information unit',
  'Protection of soft targets during major events',
  'Strengthening the financial intelligence unit',
  'Rehabilitation of children returning from conflict zones',
  'Capacity building for counter-terrorism prosecutors',
  'Cybersecurity of critical infrastructure',
  'Countering terrorist use of the internet',
  'Support to victims of terrorism associations',
  'Maritime security and port facility screening',
  'Biometric data sharing for border security',
  'Community policing and resilience',
  'Risk assessment of the non-profit sector',
];
const REACTIONS = ['👍', '❤️', '🎉', '👀', '✅', '🙏'];

function textMaker(random) {
  const words = (code, count) => {
    const language = LANGUAGE_BY_CODE[code] ?? LANGUAGE_BY_CODE.en;
    const out = [];
    // The first terms of each list are the common ones (see words.mjs).
    for (let i = 0; i < count; i++) out.push(language.words[Math.floor(random.next() ** 2 * language.words.length)]);
    return { language, out };
  };
  const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  return {
    title: (code) => {
      const { language, out } = words(code, random.int(3, 7));
      return capitalize(out.join(language.separator));
    },
    body: (code) => {
      const { language, out } = words(code, random.int(8, 36));
      if (random.next() < 0.2) out[random.int(0, out.length - 1)] = `**${out[random.int(0, out.length - 1)]}**`;
      return capitalize(out.join(language.separator)) + language.end;
    },
  };
}

// ---- writing rows ----

/**
 * Inserts `rows` (arrays of values in the order of `columns`) with one INSERT ... SELECT FROM unnest(...)
 * per chunk: `types` are the PostgreSQL array types of the parameters (e.g. 'uuid', 'text'); a column
 * typed 'text[]' is passed as array literals ('{I,II}') and cast per row.
 */
async function insertRows(client, table, columns, types, rows, chunk = 5000) {
  for (let from = 0; from < rows.length; from += chunk) {
    const part = rows.slice(from, from + chunk);
    const params = columns.map((_, index) => part.map((row) => row[index]));
    const selects = columns.map((_, index) => (types[index] === 'text[]' ? `c${index}::text[]` : `c${index}`));
    const unnests = types.map((type, index) => `$${index + 1}::${type === 'text[]' ? 'text' : type}[]`);
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${selects.join(', ')} FROM unnest(${unnests.join(', ')}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`,
      params,
    );
  }
}

const arrayLiteral = (items) => `{${items.join(',')}}`;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Seeds `people` people and everything around them into the database at `url` (migrated, with the demo
 * data), in one transaction. `log` receives progress lines. Returns the time of each step and a census.
 */
export async function seed(url, { people = 10_000, randomSeed = 2026 } = {}, log = () => {}) {
  const random = randomSource(randomSeed);
  const text = textMaker(random);
  const steps = {};
  const started = performance.now();
  const step = (name) => {
    steps[name] = performance.now() - (steps.last ?? started);
    steps.last = performance.now();
    log(`  ${name}: ${(steps[name] / 1000).toFixed(1)} s`);
  };
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A bench database: losing the last commit on a crash costs nothing, and the load goes faster.
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');

    // ---- what the demo data already has ----
    const organizations = (
      await client.query(
        `SELECT id, key, kind, acronym, names->>'en' AS name, regional_group FROM organizations ORDER BY key`,
      )
    ).rows;
    const entities = organizations.filter((o) => o.kind === 'COMPACT_ENTITY');
    const states = organizations.filter((o) => o.kind === 'MEMBER_STATE');
    const unoct = organizations.find((o) => o.key === 'UNOCT');
    if (!unoct || entities.length === 0 || states.length === 0)
      throw new Error('the database has no demo organizations (UNOCT, entities, States): start the api on it first');
    const workingGroupWorkspaces = (
      await client.query(
        `SELECT w.id, w.visibility, w.working_group_id, wg.key FROM workspaces w
           JOIN working_groups wg ON wg.id = w.working_group_id WHERE w.kind = 'WORKING_GROUP'`,
      )
    ).rows;
    const workingGroups = (await client.query(`SELECT id, key FROM working_groups ORDER BY sort_order`)).rows;
    // Entity -> its working-group workspaces (and its role there: MEMBER, or OBSERVER who only reads).
    const viaOrganization = new Map(entities.map((e) => [e.id, []]));
    for (const row of (
      await client.query(
        `SELECT wo.organization_id, wo.workspace_id, wo.role FROM workspace_organizations wo
           JOIN workspaces w ON w.id = wo.workspace_id WHERE w.kind = 'WORKING_GROUP'`,
      )
    ).rows)
      viaOrganization.get(row.organization_id)?.push({ workspaceId: row.workspace_id, role: row.role });

    // ---- people ----
    const passwordHash = await argon2.hash(PEOPLE_PASSWORD, { type: argon2.argon2id }); // as apps/api/src/modules/auth/passwords.ts
    const pickEntity = random.weighted(entities, (e) => 1 + 2 * viaOrganization.get(e.id).length);
    const stateWeight = new Map(states.map((s) => [s.id, Math.exp(random.next() * 2.5)])); // sizes 1 to ~12x
    const pickState = random.weighted(states, (s) => stateWeight.get(s.id));
    const everyone = [];
    for (let n = 0; n < people; n++) {
      const kind = n % COORDINATOR_EVERY === 0 ? 'coordinator' : random.next() < ENTITY_SHARE ? 'entity' : 'state';
      const organization = kind === 'coordinator' ? unoct : kind === 'entity' ? pickEntity() : pickState();
      const group = kind === 'state' ? organization.regional_group : 'ENTITY';
      everyone.push({
        n,
        id: randomUUID(),
        kind,
        organization,
        role: kind === 'coordinator' ? 'COORDINATOR' : kind === 'entity' ? 'ENTITY_MEMBER' : 'FOCAL_POINT',
        language: random.pick(LANGUAGES_OF_GROUP[group] ?? LANGUAGES_OF_GROUP.ENTITY),
        name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        admin: kind !== 'coordinator' && random.next() < 0.025,
        // How many workspaces the person takes part in, all told.
        target: random.int(3, 8),
        workspaces: kind === 'coordinator' || kind === 'entity' ? viaOrganization.get(organization.id).length : 0,
      });
    }
    await insertRows(
      client,
      'users',
      [
        'id',
        'email',
        'name',
        'password_hash',
        'organization_id',
        'role',
        'is_organization_admin',
        'preferred_language',
        'created_at',
      ],
      ['uuid', 'text', 'text', 'text', 'uuid', 'text', 'boolean', 'text', 'timestamptz'],
      everyone.map((p) => [
        p.id,
        emailOf(p.n),
        p.name,
        passwordHash,
        p.organization.id,
        p.role,
        p.admin,
        p.language,
        iso(now - random.int(30, 700) * DAY),
      ]),
    );
    step(`${people.toLocaleString('en')} people`);

    // ---- ad hoc workspaces and personal memberships ----
    const coordinators = everyone.filter((p) => p.kind === 'coordinator');
    const entityPeople = everyone.filter((p) => p.kind === 'entity');
    const statePeople = everyone.filter((p) => p.kind === 'state');
    let nextCoordinator = 0;
    const aCoordinator = () => coordinators[nextCoordinator++ % coordinators.length];
    // Entity staff who still need memberships, one entry per missing membership, in random order.
    const entityNeeds = random.shuffle(
      entityPeople.flatMap((p) => Array.from({ length: Math.max(0, p.target - p.workspaces) }, () => p)),
    );
    const entitySide = (count, taken) => {
      const chosen = [];
      let guard = 0;
      while (chosen.length < count && guard++ < count * 50) {
        const person = entityNeeds.length > 0 ? entityNeeds.pop() : random.pick(entityPeople);
        if (taken.has(person)) continue;
        taken.add(person);
        chosen.push(person);
      }
      return chosen;
    };
    const adHoc = []; // { id, name, description, visibility, owner, members: Map(person -> role) }
    const newWorkspace = (name, description, visibility) => {
      const owner = aCoordinator();
      const workspace = {
        id: randomUUID(),
        name,
        description,
        visibility,
        owner,
        members: new Map([[owner, 'OWNER']]),
      };
      adHoc.push(workspace);
      return workspace;
    };
    const join = (workspace, person, role) => {
      if (workspace.members.has(person)) return false;
      workspace.members.set(person, role);
      person.workspaces++;
      return true;
    };
    const memberRole = () => (random.next() < 0.05 ? 'OBSERVER' : 'MEMBER');

    // A State's private exchanges: 1 to 8 workspaces a State, its people only, entity staff, a coordinator.
    const forumNeeds = new Map(Object.keys(REGION_NAMES).map((group) => [group, []]));
    const peopleOfState = new Map();
    for (const person of statePeople) {
      if (!peopleOfState.has(person.organization.id)) peopleOfState.set(person.organization.id, []);
      peopleOfState.get(person.organization.id).push(person);
    }
    for (const [, own] of peopleOfState) {
      const state = own[0].organization;
      // About four people a workspace: a small State has one, the rest of its people's memberships are forums.
      const count = Math.min(8, Math.ceil(own.length / 4));
      const workspaces = random
        .sample(STATE_TOPICS, count)
        .map((topic) =>
          newWorkspace(
            `${state.name}: ${topic}`,
            `Private exchange of ${state.name} with the Compact entities on ${topic}.`,
            'PRIVATE',
          ),
        );
      for (const person of own) {
        const chosen = random.sample(workspaces, Math.min(person.target, workspaces.length));
        for (const [index, workspace] of chosen.entries())
          join(workspace, person, index === 0 && workspace.members.size === 1 ? 'MODERATOR' : memberRole());
        // The rest of the person's memberships: the OPEN forum of their regional group.
        for (let i = chosen.length; i < person.target; i++) forumNeeds.get(state.regional_group)?.push(person);
      }
      for (const workspace of workspaces) {
        const taken = new Set(workspace.members.keys());
        for (const person of entitySide(Math.max(random.int(3, 10), 10 - workspace.members.size), taken))
          join(workspace, person, memberRole());
      }
    }
    // OPEN regional forums (declared open, so States may meet there), about 180 State people each.
    for (const [group, needs] of forumNeeds) {
      if (needs.length === 0) continue;
      const forums = Array.from({ length: Math.ceil(needs.length / 180) }, (_, i) =>
        newWorkspace(
          `${REGION_NAMES[group]} forum ${i + 1}`,
          `Open forum of the ${REGION_NAMES[group]} and the Compact entities.`,
          'OPEN',
        ),
      );
      random.shuffle(needs);
      needs.forEach((person, index) => {
        // Round-robin over the forums; a person with two missing memberships goes to two forums when there are.
        for (let k = 0; k < forums.length; k++) if (join(forums[(index + k) % forums.length], person, 'MEMBER')) break;
      });
      for (const forum of forums) {
        const taken = new Set(forum.members.keys());
        for (const person of entitySide(random.int(5, 20), taken)) join(forum, person, 'MEMBER');
      }
    }
    // Inter-agency PRIVATE workspaces: the entity staff who still miss memberships, 10 to 60 a workspace.
    for (let i = 0; entityNeeds.length > 0; i++) {
      const workspace = newWorkspace(
        `${INTER_AGENCY_TOPICS[i % INTER_AGENCY_TOPICS.length]} ${Math.floor(i / INTER_AGENCY_TOPICS.length) + 1}`,
        'Inter-agency working space of the Compact entities.',
        'PRIVATE',
      );
      const size = random.int(10, 60);
      const taken = new Set(workspace.members.keys());
      for (const person of entitySide(size - 1, taken)) join(workspace, person, memberRole());
    }

    await insertRows(
      client,
      'workspaces',
      ['id', 'name', 'description', 'visibility', 'kind', 'created_by_id', 'created_at', 'updated_at'],
      ['uuid', 'text', 'text', 'text', 'text', 'uuid', 'timestamptz', 'timestamptz'],
      adHoc.map((w) => [
        w.id,
        w.name,
        w.description,
        w.visibility,
        'AD_HOC',
        w.owner.id,
        iso(now - 200 * DAY),
        iso(now),
      ]),
    );
    const memberRows = adHoc.flatMap((w) =>
      [...w.members].map(([person, role]) => [w.id, person.id, role, iso(now - random.int(1, 180) * DAY)]),
    );
    await insertRows(
      client,
      'workspace_members',
      ['workspace_id', 'user_id', 'role', 'created_at'],
      ['uuid', 'uuid', 'text', 'timestamptz'],
      memberRows,
    );
    step(`${adHoc.length} ad hoc workspaces, ${memberRows.length.toLocaleString('en')} memberships`);

    // ---- threads, posts, followers, reads, reactions ----
    // Who may post in each workspace: personal members but observers; in working-group workspaces the
    // generated staff of member organizations (organization role MEMBER).
    const posters = new Map(
      adHoc.map((w) => [w.id, [...w.members].filter(([, role]) => role !== 'OBSERVER').map(([p]) => p)]),
    );
    for (const w of workingGroupWorkspaces) posters.set(w.id, []);
    for (const person of [...entityPeople, ...coordinators])
      for (const { workspaceId, role } of viaOrganization.get(person.organization.id))
        if (role === 'MEMBER') posters.get(workspaceId).push(person);
    const scale = Math.max(0.2, people / 10_000);
    const threadsOf = new Map(); // workspaceId -> [{ id, title }]
    const threadRows = [];
    const postRows = [];
    const followerRows = [];
    const readRows = [];
    const reactionRows = [];
    const writeThread = (workspaceId, workingGroupId, authors, title, firstBody, replies, startedAt) => {
      const id = randomUUID();
      const author = random.pick(authors);
      const times = [startedAt];
      for (let i = 0; i < replies; i++) times.push(Math.min(now - 60_000, startedAt + random.next() * 30 * DAY));
      times.sort((a, b) => a - b);
      const followers = new Map(); // person -> time of their last post
      times.forEach((at, index) => {
        const writer = index === 0 ? author : random.pick(authors);
        const postId = randomUUID();
        postRows.push([postId, id, writer.id, index === 0 ? firstBody : text.body(writer.language), iso(at)]);
        followers.set(writer, at);
        if (random.next() < 0.15)
          for (const reactor of random.sample(authors, random.int(1, 3)))
            reactionRows.push([postId, reactor.id, random.pick(REACTIONS), iso(at + 3_600_000)]);
      });
      const pillars = random.sample(['I', 'II', 'III', 'IV'], random.int(0, 2)).sort();
      threadRows.push([
        id,
        workspaceId,
        title,
        author.id,
        arrayLiteral(pillars),
        workingGroupId,
        times.length,
        iso(startedAt),
        iso(times.at(-1)),
      ]);
      for (const [person, at] of followers) {
        followerRows.push([id, person.id]);
        // Writing marks the thread read; half the followers have also read what came after.
        readRows.push([id, person.id, iso(random.next() < 0.5 ? times.at(-1) : at)]);
      }
      if (!threadsOf.has(workspaceId)) threadsOf.set(workspaceId, []);
      threadsOf.get(workspaceId).push({ id, title });
      return id;
    };
    const replies = () => Math.floor(random.next() ** 2 * 20);
    for (const w of adHoc) {
      const authors = posters.get(w.id);
      if (authors.length === 0) continue;
      const count = Math.min(12, 2 + Math.floor(w.members.size / 25));
      for (let i = 0; i < count; i++) {
        const author = random.pick(authors);
        writeThread(
          w.id,
          null,
          authors,
          text.title(author.language),
          text.body(author.language),
          replies(),
          now - random.next() * 120 * DAY,
        );
      }
    }
    for (const w of workingGroupWorkspaces) {
      const authors = posters.get(w.id);
      if (authors.length === 0) continue;
      const count = Math.max(3, Math.round((w.key === 'CC' ? 15 : 12) * scale));
      for (let i = 0; i < count; i++) {
        const author = random.pick(authors);
        writeThread(
          w.id,
          w.working_group_id,
          authors,
          text.title(author.language),
          text.body(author.language),
          replies(),
          now - random.next() * 120 * DAY,
        );
      }
    }

    // ---- assistance requests: the State's people, coordinators, offering and matched entities ----
    const requestCount = Math.max(30, Math.round(people * 0.03));
    const STATUS_SHARES = [
      ['DRAFT', 5],
      ['SUBMITTED', 15],
      ['UNDER_REVIEW', 20],
      ['MATCHED', 10],
      ['IN_PROGRESS', 20],
      ['DELIVERED', 10],
      ['CLOSED', 10],
      ['DECLINED', 5],
      ['WITHDRAWN', 5],
    ];
    const PATHS = {
      DRAFT: ['DRAFT'],
      SUBMITTED: ['DRAFT', 'SUBMITTED'],
      UNDER_REVIEW: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW'],
      MATCHED: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MATCHED'],
      IN_PROGRESS: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS'],
      DELIVERED: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED'],
      CLOSED: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED'],
      DECLINED: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECLINED'],
      WITHDRAWN: ['DRAFT', 'SUBMITTED', 'WITHDRAWN'],
    };
    const pickStatus = random.weighted(STATUS_SHARES, ([, share]) => share);
    const stateIds = [...peopleOfState.keys()];
    const pickRequestingState = random.weighted(stateIds, (id) => peopleOfState.get(id).length);
    const staffOf = new Map();
    for (const person of entityPeople) {
      if (!staffOf.has(person.organization.id)) staffOf.set(person.organization.id, []);
      staffOf.get(person.organization.id).push(person);
    }
    const staffedEntityIds = [...staffOf.keys()];
    const numbers = (
      await client.query(
        `SELECT nextval('assistance_requests_number_seq')::int AS number FROM generate_series(1, $1::int)`,
        [requestCount],
      )
    ).rows.map((row) => row.number);
    const requestRows = [];
    const requestWorkspaceRows = [];
    const transitionRows = [];
    const offerRows = [];
    const partnerRows = [];
    const sharedRows = [];
    const statusCounts = {};
    for (const number of numbers) {
      const id = randomUUID();
      const status = pickStatus()[0];
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      const own = peopleOfState.get(pickRequestingState());
      const creator = random.pick(own);
      const title = random.pick(REQUEST_TITLES);
      const path = PATHS[status];
      // Steps a few days apart, the last one between 1 and 20 days ago.
      const times = [];
      let at = now - random.int(1, 20) * DAY;
      for (let i = path.length - 1; i >= 0; i--) {
        times.unshift(at);
        at -= random.int(2, 25) * DAY;
      }
      const reached = (s) => path.includes(s);
      const stepAt = (s) => times[path.indexOf(s)];
      const scope = random.pick([
        'ALL_ENTITIES',
        'ALL_ENTITIES',
        'ALL_ENTITIES',
        'NAMED_ENTITIES',
        'NAMED_ENTITIES',
        'COORDINATORS_ONLY',
      ]);
      if (scope === 'NAMED_ENTITIES')
        for (const entityId of random.sample(staffedEntityIds, random.int(2, 4))) sharedRows.push([id, entityId]);
      const matched = ['MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED'].includes(status);
      const offering = reached('UNDER_REVIEW') ? random.sample(staffedEntityIds, random.int(matched ? 1 : 0, 3)) : [];
      const lead = matched ? offering[0] : null;
      const partners = matched ? offering.slice(1, 1 + random.int(0, 2)) : [];
      for (const entityId of offering)
        offerRows.push([
          id,
          entityId,
          random.pick(staffOf.get(entityId)).id,
          text.body('en'),
          'ACTIVE',
          iso(stepAt('UNDER_REVIEW') + DAY),
        ]);
      for (const entityId of partners) partnerRows.push([id, entityId]);
      const coordinator = random.pick(coordinators);
      const leadPerson = lead ? random.pick(staffOf.get(lead)) : null;
      const moverOf = (s) =>
        ['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'CLOSED'].includes(s)
          ? creator
          : ['IN_PROGRESS', 'DELIVERED'].includes(s) && leadPerson
            ? leadPerson
            : coordinator;
      path.forEach((s, index) =>
        transitionRows.push([
          id,
          index + 1,
          moverOf(s).id,
          index === 0 ? null : path[index - 1],
          s,
          s === 'DECLINED' ? 'Outside the Compact’s mandate.' : '',
          iso(times[index]),
        ]),
      );
      let workspaceId = null;
      let threadId = null;
      const reference = `AR-${String(number).padStart(4, '0')}`;
      if (status !== 'DRAFT') {
        // The request's discussion, as the api opens it on submission: a derived workspace and one thread.
        workspaceId = randomUUID();
        requestWorkspaceRows.push([workspaceId, `${reference} ${title}`, creator.id, iso(stepAt('SUBMITTED'))]);
        const parties = [...own.slice(0, 5), coordinator, ...(leadPerson ? [leadPerson] : [])];
        threadId = writeThread(
          workspaceId,
          null,
          parties,
          title,
          `**${reference}** · [${title}](/requests/${id})`,
          random.int(0, 8),
          stepAt('SUBMITTED'),
        );
      }
      const closed = status === 'CLOSED';
      requestRows.push([
        id,
        number,
        creator.organization.id,
        creator.id,
        title,
        text.body(creator.language),
        random.pick(workingGroups).id,
        arrayLiteral(random.sample(['I', 'II', 'III', 'IV'], random.int(1, 2)).sort()),
        random.pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH']),
        random.pick(['2027', 'Within 2027', 'First half of 2027', 'As soon as possible']),
        'Ministry of Interior; National Counter-Terrorism Centre',
        scope,
        status,
        iso(times.at(-1)),
        reached('SUBMITTED') ? iso(stepAt('SUBMITTED')) : null,
        reached('UNDER_REVIEW') ? iso(stepAt('UNDER_REVIEW')) : null,
        reached('DELIVERED') ? iso(stepAt('DELIVERED')) : null,
        status === 'SUBMITTED'
          ? iso(stepAt('SUBMITTED') + 14 * DAY)
          : status === 'UNDER_REVIEW'
            ? iso(stepAt('UNDER_REVIEW') + 42 * DAY)
            : null,
        lead,
        workspaceId,
        threadId,
        closed ? random.int(3, 5) : null,
        closed ? 'Useful and well delivered.' : null,
        closed ? iso(stepAt('CLOSED')) : null,
        iso(times[0]),
        iso(times.at(-1)),
      ]);
    }
    // Derived workspaces first (threads and requests point to them), then threads and posts, then requests.
    await insertRows(
      client,
      'workspaces',
      ['id', 'name', 'visibility', 'kind', 'created_by_id', 'created_at'],
      ['uuid', 'text', 'text', 'text', 'uuid', 'timestamptz'],
      requestWorkspaceRows.map(([id, name, by, at]) => [id, name, 'PRIVATE', 'ASSISTANCE_REQUEST', by, at]),
    );
    await insertRows(
      client,
      'threads',
      [
        'id',
        'workspace_id',
        'title',
        'author_id',
        'pillars',
        'working_group_id',
        'post_count',
        'created_at',
        'last_activity_at',
      ],
      ['uuid', 'uuid', 'text', 'uuid', 'text[]', 'uuid', 'int4', 'timestamptz', 'timestamptz'],
      threadRows,
    );
    postRows.sort((a, b) => (a[4] < b[4] ? -1 : 1)); // in time order, as a live platform writes them
    await insertRows(
      client,
      'posts',
      ['id', 'thread_id', 'author_id', 'body', 'created_at'],
      ['uuid', 'uuid', 'uuid', 'text', 'timestamptz'],
      postRows,
    );
    await insertRows(client, 'thread_followers', ['thread_id', 'user_id'], ['uuid', 'uuid'], followerRows);
    await insertRows(
      client,
      'thread_reads',
      ['thread_id', 'user_id', 'last_read_at'],
      ['uuid', 'uuid', 'timestamptz'],
      readRows,
    );
    const reactionKeys = new Set();
    const uniqueReactions = reactionRows.filter(([post, user, emoji]) => {
      const key = `${post} ${user} ${emoji}`;
      return reactionKeys.has(key) ? false : reactionKeys.add(key);
    });
    await insertRows(
      client,
      'post_reactions',
      ['post_id', 'user_id', 'emoji', 'created_at'],
      ['uuid', 'uuid', 'text', 'timestamptz'],
      uniqueReactions,
    );
    step(
      `${threadRows.length.toLocaleString('en')} threads, ${postRows.length.toLocaleString('en')} posts, ${uniqueReactions.length.toLocaleString('en')} reactions`,
    );

    await insertRows(
      client,
      'assistance_requests',
      [
        'id',
        'number',
        'requesting_state_id',
        'created_by_id',
        'title',
        'description',
        'working_group_id',
        'pillars',
        'priority',
        'desired_timeframe',
        'beneficiary_institutions',
        'sharing_scope',
        'status',
        'status_changed_at',
        'submitted_at',
        'opened_at',
        'delivered_at',
        'sla_due_at',
        'lead_entity_id',
        'workspace_id',
        'thread_id',
        'feedback_rating',
        'feedback_comment',
        'feedback_at',
        'created_at',
        'updated_at',
      ],
      [
        'uuid',
        'int4',
        'uuid',
        'uuid',
        'text',
        'text',
        'uuid',
        'text[]',
        'text',
        'text',
        'text',
        'text',
        'text',
        'timestamptz',
        'timestamptz',
        'timestamptz',
        'timestamptz',
        'timestamptz',
        'uuid',
        'uuid',
        'uuid',
        'int2',
        'text',
        'timestamptz',
        'timestamptz',
        'timestamptz',
      ],
      requestRows,
    );
    await insertRows(
      client,
      'assistance_request_transitions',
      ['request_id', 'step', 'actor_id', 'from_status', 'to_status', 'note', 'created_at'],
      ['uuid', 'int4', 'uuid', 'text', 'text', 'text', 'timestamptz'],
      transitionRows,
    );
    await insertRows(
      client,
      'assistance_offers',
      ['request_id', 'organization_id', 'author_id', 'note', 'status', 'created_at'],
      ['uuid', 'uuid', 'uuid', 'text', 'text', 'timestamptz'],
      offerRows,
    );
    await insertRows(
      client,
      'assistance_request_partners',
      ['request_id', 'organization_id'],
      ['uuid', 'uuid'],
      partnerRows,
    );
    await insertRows(
      client,
      'assistance_request_shared_entities',
      ['request_id', 'organization_id'],
      ['uuid', 'uuid'],
      sharedRows,
    );
    step(`${requestCount} assistance requests ${JSON.stringify(statusCounts)}`);

    // ---- notifications: 5 to 30 a person, about threads of their workspaces, most of them read ----
    const workingGroupWorkspacesOf = (person) =>
      viaOrganization.get(person.organization.id)?.map((v) => v.workspaceId) ?? [];
    const personalWorkspaces = new Map();
    for (const w of adHoc)
      for (const person of w.members.keys()) {
        if (!personalWorkspaces.has(person)) personalWorkspaces.set(person, []);
        personalWorkspaces.get(person).push(w.id);
      }
    const notificationRows = [];
    const counterRows = [];
    const TITLES = {
      REPLY: '{author} replied in “{thread}”',
      MENTION: '{author} mentioned you in “{thread}”',
      NEW_THREAD: '{author} started “{thread}”',
    };
    for (const person of everyone) {
      const workspaceIds = [...workingGroupWorkspacesOf(person), ...(personalWorkspaces.get(person) ?? [])].filter(
        (id) => threadsOf.has(id),
      );
      if (workspaceIds.length === 0) continue;
      const count = random.int(5, 30);
      const unread = random.int(0, 5);
      let at = now - 60 * DAY;
      for (let seq = 1; seq <= count; seq++) {
        at += (random.next() * (2 * 60 * DAY)) / count;
        const thread = random.pick(threadsOf.get(random.pick(workspaceIds)));
        const type = random.next() < 0.7 ? 'REPLY' : random.next() < 0.66 ? 'MENTION' : 'NEW_THREAD';
        const title = TITLES[type]
          .replace('{author}', `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`)
          .replace('{thread}', thread.title);
        // Seen and mailed already: the seeded past sends no mail during the run.
        notificationRows.push([
          person.id,
          seq,
          type,
          title,
          `/threads/${thread.id}`,
          iso(at),
          seq > count - unread ? null : iso(at + DAY),
          iso(at),
          iso(at),
        ]);
      }
      counterRows.push([person.id, count]);
    }
    await insertRows(
      client,
      'notifications',
      ['user_id', 'seq', 'type', 'title', 'link', 'created_at', 'read_at', 'seen_at', 'mailed_at'],
      ['uuid', 'int8', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz'],
      notificationRows,
    );
    await insertRows(client, 'notification_counters', ['user_id', 'last_seq'], ['uuid', 'int8'], counterRows);
    step(`${notificationRows.length.toLocaleString('en')} notifications`);

    await client.query('COMMIT');
    await client.query('ANALYZE');
    step('commit, ANALYZE');

    // ---- census: memberships per person (personal and through the organization) and per workspace ----
    const { rows: perPerson } = await client.query(
      `SELECT u.role, count(DISTINCT w.id)::int AS workspaces
         FROM users u
         LEFT JOIN workspaces w ON w.kind IN ('AD_HOC', 'WORKING_GROUP') AND (
              EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = w.id AND m.user_id = u.id)
           OR EXISTS (SELECT 1 FROM workspace_organizations wo WHERE wo.workspace_id = w.id AND wo.organization_id = u.organization_id))
        WHERE u.email LIKE $1 GROUP BY u.id, u.role`,
      [`%@${LOAD_DOMAIN}`],
    );
    const distribution = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { min: sorted[0], p50: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
    };
    const census = {
      people: { coordinators: coordinators.length, entityStaff: entityPeople.length, statePeople: statePeople.length },
      statesWithPeople: peopleOfState.size,
      workspacesPerPerson: {
        all: distribution(perPerson.map((r) => r.workspaces)),
        FOCAL_POINT: distribution(perPerson.filter((r) => r.role === 'FOCAL_POINT').map((r) => r.workspaces)),
        ENTITY_MEMBER: distribution(perPerson.filter((r) => r.role === 'ENTITY_MEMBER').map((r) => r.workspaces)),
        COORDINATOR: distribution(perPerson.filter((r) => r.role === 'COORDINATOR').map((r) => r.workspaces)),
      },
      adHocWorkspaces: {
        count: adHoc.length,
        open: adHoc.filter((w) => w.visibility === 'OPEN').length,
        members: distribution(adHoc.map((w) => w.members.size)),
      },
      threads: threadRows.length,
      posts: postRows.length,
      reactions: uniqueReactions.length,
      notifications: notificationRows.length,
      assistanceRequests: statusCounts,
    };
    delete steps.last;
    return { steps, census, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// ---- CLI ----

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const option = optionReader('LOAD');
  const people = Number(option('people', option('seed-people', 10_000)));
  if (!Number.isInteger(people) || people < 50) fail('--people must be an integer of at least 50');
  const dataDir = option('data-dir');
  const url =
    option('database-url', process.env.DATABASE_URL) ?? (dataDir ? embeddedDatabaseUrl(resolve(dataDir)) : undefined);
  if (!url) fail('give --database-url (a database migrated and seeded by the api) or --data-dir of a running api');
  const existing = await seededPeople(url);
  if (existing > 0) {
    console.log(`the database already has ${existing.toLocaleString('en')} people @${LOAD_DOMAIN}: nothing done`);
  } else {
    console.log(`seeding ${people.toLocaleString('en')} people`);
    const result = await seed(url, { people }, (line) => console.log(line));
    console.log(JSON.stringify(result.census, null, 2));
    console.log(`seeded in ${result.seconds.toFixed(0)} s`);
  }
}
