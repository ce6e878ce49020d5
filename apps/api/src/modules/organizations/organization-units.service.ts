import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LANGUAGES, type Language } from '@ctcp/shared';
import { type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { AuditService } from '../audit/audit.service.js';
import { mayManageUnitsOf, wouldMakeCycle } from '../policy/organizations.js';
import { OrganizationUnit } from './organization-unit.entity.js';
import { Organization } from './organization.entity.js';
import type {
  CreateOrganizationUnitInput,
  LocalizedNamesInput,
  UpdateOrganizationUnitInput,
} from './organizations.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** Units of one organization: enough for any section chart, and a bound on the tree its page draws. */
export const UNITS_PER_ORGANIZATION_MAX = 500;

/** The names given, trimmed; languages left blank are not stored, and read as the English name. */
export function unitNames(input: LocalizedNamesInput): OrganizationUnit['names'] {
  const names: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const name = input[language]?.trim();
    if (name) names[language] = name;
  }
  return names as OrganizationUnit['names'];
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

/**
 * The units of organizations (centres, branches, sections): read by every signed-in person like the
 * directory; created and changed by platform admins and by the organization's own admins.
 */
@Injectable()
export class OrganizationUnitsService {
  constructor(
    @InjectRepository(OrganizationUnit) private readonly units: Repository<OrganizationUnit>,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateOrganizationUnitInput): Promise<OrganizationUnit> {
    assertAllowed(mayManageUnitsOf(actor, input.organizationId));
    return this.units.manager.transaction(async (manager) => {
      // Locking the organization serializes changes to its tree (the limit and the parent checks).
      await lockForChange(manager, Organization, input.organizationId, 'Organization');
      const parents = await this.lockParentsOf(manager, input.organizationId);
      if (parents.size >= UNITS_PER_ORGANIZATION_MAX) {
        throw badInput('organizationId', `An organization has at most ${UNITS_PER_ORGANIZATION_MAX} units.`);
      }
      if (input.parentId && !parents.has(input.parentId)) {
        throw badInput('parentId', 'Choose a unit of the same organization as the parent.');
      }
      const unit = await manager.save(
        manager.create(OrganizationUnit, {
          organizationId: input.organizationId,
          parentId: input.parentId ?? null,
          acronym: blankToNull(input.acronym),
          names: unitNames(input.names),
          confirmed: input.confirmed,
        }),
      );
      await this.audit.record(manager, actor, 'organization_unit.created', 'OrganizationUnit', unit.id, {
        organizationId: unit.organizationId,
        parentId: unit.parentId,
      });
      return unit;
    });
  }

  async update(actor: Actor, input: UpdateOrganizationUnitInput): Promise<OrganizationUnit> {
    const seen = await this.units.findOneBy({ id: input.id });
    if (!seen) throw notFound('Organization unit');
    assertAllowed(mayManageUnitsOf(actor, seen.organizationId));
    return this.units.manager.transaction(async (manager) => {
      await lockForChange(manager, Organization, seen.organizationId, 'Organization');
      const unit = await lockForChange(manager, OrganizationUnit, input.id, 'Organization unit');
      if (input.parentId !== undefined) {
        const parents = await this.lockParentsOf(manager, unit.organizationId);
        if (input.parentId !== null && !parents.has(input.parentId)) {
          throw badInput('parentId', 'Choose a unit of the same organization as the parent.');
        }
        if (wouldMakeCycle(unit.id, input.parentId, parents)) {
          throw badInput('parentId', 'A unit cannot be placed under itself or one of its own units.');
        }
        unit.parentId = input.parentId;
      }
      if (input.acronym !== undefined) unit.acronym = blankToNull(input.acronym);
      if (input.names) unit.names = unitNames(input.names);
      if (input.confirmed !== undefined && input.confirmed !== null) unit.confirmed = input.confirmed;
      await manager.save(unit);
      await this.audit.record(manager, actor, 'organization_unit.updated', 'OrganizationUnit', unit.id, {
        changed: Object.keys(input).filter((key) => key !== 'id'),
      });
      return unit;
    });
  }

  /** For per-request DataLoaders: the units of each organization, top-level first, then by acronym and name. */
  async byOrganizationIds(ids: readonly string[]): Promise<OrganizationUnit[][]> {
    const rows = await this.units
      .createQueryBuilder('u')
      .where('u.organization_id IN (:...ids)', { ids })
      .orderBy('u.acronym', 'ASC', 'NULLS LAST')
      .addOrderBy(`u.names ->> 'en'`, 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
    return ids.map((id) => rows.filter((row) => row.organizationId === id));
  }

  async findByIds(ids: readonly string[]): Promise<(OrganizationUnit | undefined)[]> {
    const rows = await rowsWhereIn(this.units.manager, OrganizationUnit, 'id', ids);
    return inOrderOf(ids, rows);
  }

  /**
   * BAD_USER_INPUT on `field` unless `unitId` names a unit of one of `organizationIds` (checked inside the
   * caller's transaction, with the unit locked against deletion until it ends).
   */
  async requireUnitOf(
    manager: EntityManager,
    unitId: string,
    organizationIds: string | readonly string[],
    field: string,
    message = "Choose a unit of the organization's own.",
  ): Promise<void> {
    const ids = typeof organizationIds === 'string' ? [organizationIds] : [...organizationIds];
    const found = await manager.query(
      'SELECT 1 FROM organization_units WHERE id = $1 AND organization_id = ANY($2) FOR SHARE',
      [unitId, ids],
    );
    if (found.length === 0) throw badInput(field, message);
  }

  /** Every unit of the organization with its parent, locked for the change. */
  private async lockParentsOf(manager: EntityManager, organizationId: string): Promise<Map<string, string | null>> {
    const rows: { id: string; parent_id: string | null }[] = await manager.query(
      'SELECT id, parent_id FROM organization_units WHERE organization_id = $1 FOR UPDATE',
      [organizationId],
    );
    return new Map(rows.map((row) => [row.id, row.parent_id]));
  }
}
