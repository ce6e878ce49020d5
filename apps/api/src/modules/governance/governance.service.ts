import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GOVERNANCE_BODY_ROLES, type GovernanceBodyRole } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { unitNames } from '../organizations/organization-units.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayEditGovernanceBodies, workspaceRoleOfBodyMember } from '../policy/governance.js';
import type { WorkspaceAccess } from '../policy/workspaces.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { GovernanceBody, GovernanceBodyMember } from './governance-body.entity.js';
import type {
  CreateGovernanceBodyInput,
  RemoveGovernanceBodyMemberInput,
  SetGovernanceBodyMemberInput,
} from './governance.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** A body with what its workspace allows the actor and their organization's role on it. */
export interface BodyWithAccess {
  body: GovernanceBody;
  access: WorkspaceAccess;
  organizationRole: GovernanceBodyRole | null;
}

/**
 * Governance bodies and who sits on them: public reference data, kept by platform admins. A body's
 * organizations take part in its workspace (guests as observers), kept in step here.
 */
@Injectable()
export class GovernanceService {
  constructor(
    @InjectRepository(GovernanceBody) private readonly bodies: Repository<GovernanceBody>,
    private readonly workspaces: WorkspacesService,
    private readonly readers: WorkspaceReaders,
    private readonly organizations: OrganizationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  /** Every body: the Coordination Committee first, then by English name. */
  list(_actor: Actor): Promise<GovernanceBody[]> {
    return this.bodies
      .createQueryBuilder('b')
      .orderBy(`CASE b.key WHEN 'CC' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`b.names ->> 'en'`, 'ASC')
      .getMany();
  }

  async get(_actor: Actor, id: string): Promise<GovernanceBody> {
    const body = await this.bodies.findOneBy({ id });
    if (!body) throw notFound('Governance body');
    return body;
  }

  /** The body, what its workspace allows the actor, and their organization's role on it; NOT_FOUND when missing. */
  async withAccess(
    actor: Actor,
    bodyId: string,
    manager: EntityManager = this.bodies.manager,
  ): Promise<BodyWithAccess> {
    const body = await manager.findOneBy(GovernanceBody, { id: bodyId });
    const found = body && (await this.workspaces.accessOf(actor, body.workspaceId, manager));
    if (!body || !found) throw notFound('Governance body');
    const member = await manager.findOneBy(GovernanceBodyMember, { bodyId, organizationId: actor.organizationId });
    return { body, access: found.access, organizationRole: member?.role ?? null };
  }

  async create(actor: Actor, input: CreateGovernanceBodyInput): Promise<GovernanceBody> {
    assertAllowed(mayEditGovernanceBodies(actor), 'Platform admins add governance bodies.');
    const names = unitNames(input.names);
    const acronym = input.acronym?.trim() || null;
    const key = bodyKey(acronym ?? names.en);
    return this.bodies.manager.transaction(async (manager) => {
      // Two bodies made at once with one key: the second waits here, then finds the first.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('governance body ' || $1, 0))`, [key]);
      if (await manager.existsBy(GovernanceBody, { key })) {
        throw conflict('A governance body with this acronym or name exists.');
      }
      const workspace = await this.workspaces.createForGovernanceBody(manager, names.en, actor.userId);
      const body = await manager.save(
        manager.create(GovernanceBody, { key, acronym, names, confirmed: true, workspaceId: workspace.id }),
      );
      await this.audit.record(manager, actor, 'governance_body.created', 'GovernanceBody', body.id, { key });
      return body;
    });
  }

  /** Seats the organization on the body with `role`, or changes its role; its workspace follows at once. */
  async setMember(actor: Actor, input: SetGovernanceBodyMemberInput): Promise<GovernanceBodyMember> {
    assertAllowed(mayEditGovernanceBodies(actor), 'Platform admins decide who sits on governance bodies.');
    const { member, body } = await this.bodies.manager.transaction(async (manager) => {
      const body = await this.requireBody(manager, input.bodyId);
      await this.organizations.requireExisting(
        manager,
        [input.organizationId],
        'organizationId',
        'This organization does not exist.',
      );
      await manager.upsert(
        GovernanceBodyMember,
        { bodyId: body.id, organizationId: input.organizationId, role: input.role },
        ['bodyId', 'organizationId'],
      );
      await this.workspaces.setOrganizationRole(
        manager,
        body.workspaceId,
        input.organizationId,
        workspaceRoleOfBodyMember(input.role),
      );
      await this.audit.record(manager, actor, 'governance_body.member_set', 'GovernanceBody', body.id, {
        organizationId: input.organizationId,
        role: input.role,
      });
      const member = await manager.findOneByOrFail(GovernanceBodyMember, {
        bodyId: body.id,
        organizationId: input.organizationId,
      });
      return { member, body };
    });
    this.realtime.publish([await this.readers.partiesChanged(body.workspaceId)]);
    return member;
  }

  /** Takes the organization off the body and out of its workspace (its people keep their own memberships). */
  async removeMember(actor: Actor, input: RemoveGovernanceBodyMemberInput): Promise<boolean> {
    assertAllowed(mayEditGovernanceBodies(actor), 'Platform admins decide who sits on governance bodies.');
    const body = await this.bodies.manager.transaction(async (manager) => {
      const body = await this.requireBody(manager, input.bodyId);
      const removed = await manager.delete(GovernanceBodyMember, {
        bodyId: body.id,
        organizationId: input.organizationId,
      });
      if (!removed.affected) throw notFound('Governance body member');
      await this.workspaces.setOrganizationRole(manager, body.workspaceId, input.organizationId, null);
      await this.audit.record(manager, actor, 'governance_body.member_removed', 'GovernanceBody', body.id, {
        organizationId: input.organizationId,
      });
      return body;
    });
    this.realtime.publish([await this.readers.partiesChanged(body.workspaceId)]);
    return true;
  }

  // ---- for field resolvers ----

  async findByIds(ids: readonly string[]): Promise<(GovernanceBody | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.bodies.manager, GovernanceBody, 'id', ids));
  }

  /** Members of each body: chair first, then secretariat, members and guests (the web sorts by name within). */
  async membersByBodyIds(ids: readonly string[]): Promise<GovernanceBodyMember[][]> {
    const rows = await this.bodies.manager.find(GovernanceBodyMember, { where: { bodyId: In([...ids]) } });
    rows.sort((a, b) => GOVERNANCE_BODY_ROLES.indexOf(a.role) - GOVERNANCE_BODY_ROLES.indexOf(b.role));
    return ids.map((id) => rows.filter((row) => row.bodyId === id));
  }

  /** The body, locked against concurrent membership changes; NOT_FOUND when missing. */
  private async requireBody(manager: EntityManager, id: string): Promise<GovernanceBody> {
    const body = await manager.findOne(GovernanceBody, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!body) throw notFound('Governance body');
    return body;
  }
}

/** A stable key from an acronym or a name: 'UNCCT Advisory Board' -> 'UNCCT_ADVISORY_BOARD'. */
export function bodyKey(text: string): string {
  const key = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return key || 'BODY';
}
