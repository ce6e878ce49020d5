import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganizationKind, WorkspaceOrganizationRole, WorkspaceRole } from '@ctcp/shared';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { derivedOrganizationsSql, isDerivedWorkspace, maySeeWorkspaceMember } from '../policy/workspaces.js';
import { UsersService } from '../users/users.service.js';
import { type Workspace, WorkspaceMember, WorkspaceOrganization } from './workspace.entity.js';

const ROLE_ORDER: Record<WorkspaceRole, number> = { OWNER: 0, MODERATOR: 1, MEMBER: 2, OBSERVER: 3 };

/**
 * The member lists of a workspace the actor reads (the caller has checked): its people and its
 * organizations, stored or, in a derived workspace, following its record.
 */
@Injectable()
export class WorkspaceRosters {
  constructor(
    @InjectRepository(WorkspaceMember) private readonly members: Repository<WorkspaceMember>,
    @InjectRepository(WorkspaceOrganization) private readonly memberships: Repository<WorkspaceOrganization>,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Member people with their roles; in a PRIVATE workspace a State's people see no other State's. */
  async people(
    actor: Actor,
    workspace: Workspace,
  ): Promise<(WorkspaceMember & { organizationKind: OrganizationKind })[]> {
    const members = isDerivedWorkspace(workspace.kind)
      ? await this.derivedPeople(workspace)
      : await this.storedPeople(workspace);
    const organizations = await this.organizations.mapByIds(members.map((member) => member.user!.organizationId));
    return members.flatMap((member) => {
      const organization = organizations.get(member.user!.organizationId);
      const seen =
        organization &&
        maySeeWorkspaceMember(actor, workspace.visibility, {
          organizationId: organization.id,
          organizationKind: organization.kind,
        });
      return seen ? [Object.assign(member, { organizationKind: organization.kind })] : [];
    });
  }

  async organizationsOf(actor: Actor, workspace: Workspace): Promise<WorkspaceOrganization[]> {
    const rows = isDerivedWorkspace(workspace.kind)
      ? await this.derivedOrganizations(workspace)
      : await this.memberships.findBy({ workspaceId: workspace.id });
    const organizations = await this.organizations.mapByIds(rows.map((row) => row.organizationId));
    return rows
      .flatMap((row) => {
        const organization = organizations.get(row.organizationId);
        return organization ? [Object.assign(row, { organization })] : [];
      })
      .filter((row) =>
        maySeeWorkspaceMember(actor, workspace.visibility, {
          organizationId: row.organizationId,
          organizationKind: row.organization.kind,
        }),
      )
      .sort((a, b) =>
        (a.organization.acronym ?? a.organization.names.en).localeCompare(
          b.organization.acronym ?? b.organization.names.en,
        ),
      );
  }

  /** By role, then by name. */
  private async storedPeople(workspace: Workspace): Promise<WorkspaceMember[]> {
    const rows = await this.members.findBy({ workspaceId: workspace.id });
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    const people = await this.users.findByIdsByName([...byUser.keys()]);
    return people
      .map((user) => Object.assign(byUser.get(user.id)!, { user }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  }

  /** In a derived workspace, the people taking part by themselves are the coordinators and admins. */
  private async derivedPeople(workspace: Workspace): Promise<WorkspaceMember[]> {
    const staff = await this.users.enabledStaff();
    return staff.map((user) =>
      Object.assign(new WorkspaceMember(), {
        workspaceId: workspace.id,
        userId: user.id,
        user,
        role: 'MODERATOR' as const,
        createdAt: workspace.createdAt,
      }),
    );
  }

  private async derivedOrganizations(workspace: Workspace): Promise<WorkspaceOrganization[]> {
    const parties: { organization_id: string; role: WorkspaceOrganizationRole }[] = await this.memberships.query(
      derivedOrganizationsSql('$1'),
      [workspace.id],
    );
    return parties.map((party) =>
      Object.assign(new WorkspaceOrganization(), {
        workspaceId: workspace.id,
        organizationId: party.organization_id,
        role: party.role,
      }),
    );
  }
}
