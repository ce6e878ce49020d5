import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsWhereIn } from '../src/database/rows-where-in.js';
import { Activity } from '../src/modules/activities/activity.entity.js';
import { AssistanceRequest } from '../src/modules/assistance-requests/assistance-request.entity.js';
import { Attachment } from '../src/modules/attachments/attachment.entity.js';
import { Decision } from '../src/modules/decisions/decision.entity.js';
import { Post, PostMention } from '../src/modules/discussions/post.entity.js';
import { Thread } from '../src/modules/discussions/thread.entity.js';
import { GovernanceBody } from '../src/modules/governance/governance-body.entity.js';
import { Meeting } from '../src/modules/governance/meeting.entity.js';
import { OrganizationUnit } from '../src/modules/organizations/organization-unit.entity.js';
import { Organization } from '../src/modules/organizations/organization.entity.js';
import { Project } from '../src/modules/projects/project.entity.js';
import { User } from '../src/modules/users/user.entity.js';
import { WorkPlan } from '../src/modules/work-plans/work-plan.entity.js';
import { WorkingGroup } from '../src/modules/working-groups/working-group.entity.js';
import { Workspace } from '../src/modules/workspaces/workspace.entity.js';
import { closeEnv, type Env, startEnv } from './authorization-matrix.fixtures.js';
import { DEMO, type TestApp, workingGroupWorkspaces } from './harness.js';

let env: Env;
let api: TestApp;
let manager: EntityManager;

beforeAll(async () => {
  // The records every kind of page shows: requests, projects, activities, decisions, meetings, work plans.
  env = await startEnv();
  api = env.api;
  manager = api.app.get(DataSource).manager;
  const coordinator = env.demo.coordinator;
  const workspaces = await workingGroupWorkspaces(api);
  for (const title of ['Read back: agenda', 'Read back: minutes', 'Read back: budget']) {
    const created = await api.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { workspaceId: workspaces.CC, title, body: `For @${DEMO.unodc} and @${DEMO.interpol}.` } },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
  }
  // Values of the kinds TypeORM converts after reading: a date, a text array, files with a column never read.
  const thread = await manager.findOneByOrFail(Thread, { title: 'Read back: budget' });
  await manager.update(Thread, thread.id, {
    classification: 'CONFIDENTIAL',
    declassifyOn: '2031-06-30',
    declassifyTo: 'UNCLASSIFIED',
    pillars: ['I', 'IV'],
  });
  const [post] = await manager.find(Post, { where: { threadId: thread.id }, take: 1 });
  for (const fileName of ['agenda.pdf', 'minutes.docx']) {
    await manager.save(Attachment, {
      postId: post.id,
      workspaceId: thread.workspaceId,
      uploaderId: post.authorId,
      storageKey: randomUUID(),
      fileName,
      contentType: 'application/pdf',
      size: 1024,
      textContent: 'not to be read with the row',
    });
  }
});
afterAll(() => closeEnv(env));

/** Some values of the property, as stored. */
async function someValuesOf<T extends ObjectLiteral>(entity: EntityTarget<T>, property: string): Promise<unknown[]> {
  const rows = await manager.find(entity, { take: 40, order: { [property]: 'DESC' } as never });
  return [...new Set(rows.map((row) => row[property]))];
}

describe('rowsWhereIn', () => {
  it.each([
    ['users by id', User, 'id'],
    ['workspaces by id', Workspace, 'id'],
    ['threads by id', Thread, 'id'],
    ['posts by id', Post, 'id'],
    ['mentions by post', PostMention, 'postId'],
    ['files by id', Attachment, 'id'],
    ['assistance requests by id', AssistanceRequest, 'id'],
    ['organizations by id', Organization, 'id'],
    ['organization units by id', OrganizationUnit, 'id'],
    ['working groups by id', WorkingGroup, 'id'],
    ['projects by id', Project, 'id'],
    ['activities by id', Activity, 'id'],
    ['decisions by id', Decision, 'id'],
    ['governance bodies by id', GovernanceBody, 'id'],
    ['meetings by id', Meeting, 'id'],
    ['work plans by id', WorkPlan, 'id'],
  ] as const)('reads %s as TypeORM finds them', async (_, entity: EntityTarget<ObjectLiteral>, property) => {
    const values = await someValuesOf(entity, property);
    expect(values.length).toBeGreaterThan(0);
    const primary = manager.connection.getMetadata(entity).primaryColumns.map((column) => column.propertyName);
    const byPrimaryKey = (rows: ObjectLiteral[]) =>
      rows.sort((a, b) =>
        primary
          .map((key) => String(a[key]))
          .join()
          .localeCompare(primary.map((key) => String(b[key])).join()),
      );

    const read = await rowsWhereIn(manager, entity, property, [...values, randomUUID()]);
    const found = await manager.find(entity, { where: { [property]: In(values) } });

    expect(read.length).toBe(found.length);
    expect(byPrimaryKey(read)).toStrictEqual(byPrimaryKey(found));
  });

  it('keeps the conversions and leaves out a column never loaded with its row', async () => {
    expect(await rowsWhereIn(manager, Thread, 'id', [])).toEqual([]);
    const changed = await manager.findOneByOrFail(Thread, { title: 'Read back: budget' });
    const [read] = await rowsWhereIn(manager, Thread, 'id', [changed.id]);
    expect(read).toBeInstanceOf(Thread);
    expect(read).toMatchObject({
      classification: 'CONFIDENTIAL',
      declassifyOn: '2031-06-30',
      declassifyTo: 'UNCLASSIFIED',
      pillars: ['I', 'IV'],
    });

    const { postId } = await manager.findOneByOrFail(Attachment, { fileName: 'agenda.pdf' });
    const ordered = await rowsWhereIn(manager, Attachment, 'postId', [postId], ['createdAt', 'ASC']);
    expect(ordered.map((file) => file.fileName)).toEqual(['agenda.pdf', 'minutes.docx']);
    expect(ordered[0]).not.toHaveProperty('textContent');
  });

  it('refuses a property the entity does not have', async () => {
    await expect(rowsWhereIn(manager, User, 'nickname' as never, ['x'])).rejects.toThrow('User has no column nickname');
  });
});
