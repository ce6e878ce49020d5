import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LANGUAGES, STATE_KINDS, type Language, type OrganizationKind, type RegionalGroup } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { ReferenceRows } from '../../common/reference-rows.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { AuditService } from '../audit/audit.service.js';
import { mayEditOrganization } from '../policy/organizations.js';
import { Organization } from './organization.entity.js';
import type { OrganizationFilter, UpdateOrganizationInput } from './organizations.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** How long an instance shows an organization as it read it, when another instance corrected it. */
const ORGANIZATIONS_KEPT_MS = 30_000;

export interface OrganizationFixedFacts {
  kind: OrganizationKind;
  countryCode: string | null;
}

/**
 * The directory of organizations. Every signed-in user may read it: that an organization takes part in
 * the Compact is public; what it does inside private spaces is guarded elsewhere.
 */
@Injectable()
export class OrganizationsService {
  private readonly fixedFacts = new Map<string, OrganizationFixedFacts>();
  /** Organizations as pages show them: names and acronyms on nearly every page, corrected now and then. */
  private readonly shown = new ReferenceRows<Organization>(
    (ids) => rowsWhereIn(this.organizations.manager, Organization, 'id', ids),
    ORGANIZATIONS_KEPT_MS,
  );

  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly audit: AuditService,
  ) {}

  async list(_actor: Actor, filter: OrganizationFilter, page: Page, language: Language) {
    const query = this.organizations.createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.regionalGroup) query.andWhere('o.regional_group = :group', { group: filter.regionalGroup });
    if (filter.search) {
      query.andWhere(
        `(o.acronym ILIKE :pattern OR o.country_code = upper(:search)
          OR EXISTS (SELECT 1 FROM jsonb_each_text(o.names) AS n WHERE n.value ILIKE :pattern))`,
        { pattern: likePattern(filter.search), search: filter.search },
      );
    }
    if (filter.asOf) {
      // No joining date means an original signatory (reference-data.ts), there from the start.
      query
        .andWhere('(o.joined_at IS NULL OR o.joined_at <= :asOf)', { asOf: filter.asOf })
        .andWhere('(o.left_at IS NULL OR o.left_at > :asOf)');
    }
    query
      // `language` is a GraphQL enum value, one of six fixed codes: safe to place in the SQL text.
      .orderBy(`o.names ->> '${language}'`, 'ASC')
      .addOrderBy('o.id', 'ASC');
    return findPage(query, page);
  }

  async get(_actor: Actor, id: string): Promise<Organization> {
    const [organization] = await this.shown.byIds([id]);
    if (!organization) throw notFound('Organization');
    return organization;
  }

  /**
   * Corrections to the reference data by platform admins: the fields given change, the others stay.
   * Names left blank in a language read as the English name, as for the seeded records.
   */
  async update(actor: Actor, input: UpdateOrganizationInput): Promise<Organization> {
    assertAllowed(mayEditOrganization(actor));
    const updated = await this.organizations.manager.transaction(async (manager) => {
      const organization = await lockForChange(manager, Organization, input.id, 'Organization');
      const before = {
        names: organization.names,
        status: organization.status,
        joinedAt: organization.joinedAt,
        leftAt: organization.leftAt,
        confirmed: organization.confirmed,
      };
      if (input.names) {
        const english = input.names.en.trim();
        organization.names = Object.fromEntries(
          LANGUAGES.map((language) => [language, input.names![language]?.trim() || english]),
        ) as Record<Language, string>;
      }
      if (input.status) organization.status = input.status;
      if (input.joinedAt !== undefined) organization.joinedAt = input.joinedAt;
      if (input.leftAt !== undefined) organization.leftAt = input.leftAt;
      if (input.confirmed !== undefined && input.confirmed !== null) organization.confirmed = input.confirmed;
      if (organization.joinedAt && organization.leftAt && organization.leftAt < organization.joinedAt) {
        throw badInput('leftAt', 'The date it left cannot be before the date it joined.');
      }
      await manager.save(organization);
      await this.audit.record(manager, actor, 'organization.updated', 'Organization', organization.id, {
        before,
        after: { ...input, id: undefined },
      });
      return organization;
    });
    this.shown.forget(updated.id);
    return updated;
  }

  /** For per-request DataLoaders: rows in the order of `ids` (undefined where missing). */
  findByIds(ids: readonly string[]): Promise<(Organization | undefined)[]> {
    return this.shown.byIds(ids);
  }

  /** The organizations with these ids, by id (missing ones left out). */
  async mapByIds(ids: readonly string[]): Promise<Map<string, Organization>> {
    const rows = await this.shown.byIds(ids);
    return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row]));
  }

  /** The names of the States with these country codes, in `language` (English where it has none), by code. */
  async countryNames(codes: readonly string[], language: Language): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const states = await this.organizations.findBy({
      countryCode: In([...new Set(codes)]),
      kind: In([...STATE_KINDS]),
    });
    return new Map(states.map((state) => [state.countryCode!, state.names[language] ?? state.names.en]));
  }

  /** Ids of the organizations of these kinds. */
  async idsOfKinds(kinds: readonly OrganizationKind[]): Promise<string[]> {
    const rows = await this.organizations.find({ select: { id: true }, where: { kind: In([...kinds]) } });
    return rows.map((row) => row.id);
  }

  /** Ids of the organizations (the States) of a UN regional group. */
  async idsInRegionalGroup(group: RegionalGroup): Promise<string[]> {
    const rows = await this.organizations.find({ select: { id: true }, where: { regionalGroup: group } });
    return rows.map((row) => row.id);
  }

  /** BAD_USER_INPUT on `field` unless every id names an organization (inside the caller's transaction). */
  async requireExisting(manager: EntityManager, ids: readonly string[], field: string, message: string) {
    if (ids.length === 0) return;
    const found: { id: string }[] = await manager.query('SELECT id FROM organizations WHERE id = ANY($1)', [ids]);
    if (found.length !== new Set(ids).size) throw badInput(field, message);
  }

  /**
   * Checks that every id names an organization of one of these kinds (inside the caller's transaction),
   * else BAD_USER_INPUT on `field`.
   */
  async requireKinds(
    manager: EntityManager,
    ids: readonly string[],
    kinds: readonly OrganizationKind[],
    field: string,
    message: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: string }[] = await manager.query(
      'SELECT id FROM organizations WHERE id = ANY($1) AND kind = ANY($2)',
      [ids, kinds],
    );
    if (found.length !== new Set(ids).size) throw badInput(field, message);
  }

  /** The States with these ISO codes; BAD_USER_INPUT on `field` when a code is no State's. */
  async requireCountryCodes(manager: EntityManager, codes: readonly string[], field: string): Promise<void> {
    if (codes.length === 0) return;
    const found: { code: string }[] = await manager.query(
      `SELECT country_code AS code FROM organizations WHERE country_code = ANY($1) AND kind = ANY($2)`,
      [codes, STATE_KINDS],
    );
    if (found.length !== new Set(codes).size) throw badInput(field, 'Choose countries by their ISO codes.');
  }

  /** The ISO code of the actor's State, or null for people of other organizations. */
  async countryCodeOf(actor: Actor): Promise<string | null> {
    if (!STATE_KINDS.includes(actor.organizationKind)) return null;
    return (await this.fixedFactsOf(actor.organizationId))?.countryCode ?? null;
  }

  /**
   * An organization's kind and country, asked at every signed-in request. They are kept in memory once
   * read: organizations are seeded, never deleted, and no operation changes either (see `update`), so
   * every api instance's copy stays true.
   */
  async fixedFactsOf(id: string): Promise<OrganizationFixedFacts | null> {
    const known = this.fixedFacts.get(id);
    if (known) return known;
    const organization = await this.organizations.findOne({ select: { kind: true, countryCode: true }, where: { id } });
    if (!organization) return null;
    const facts: OrganizationFixedFacts = { kind: organization.kind, countryCode: organization.countryCode };
    this.fixedFacts.set(id, facts);
    return facts;
  }

  findByIdUnchecked(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }
}
