import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { isStatePerson } from '../policy/actors.js';
import {
  mayReadAgreement,
  mayReadContribution,
  mayRecordFunding,
  readableContributionsWhere,
} from '../policy/projects.js';
import { ProjectsService } from '../projects/projects.service.js';
import type {
  AgreementFilter,
  ContributionFilter,
  RecordAgreementInput,
  RecordContributionInput,
  UpdateAgreementInput,
  UpdateContributionInput,
} from './funding.inputs.js';
import { Agreement, AgreementParty, Contribution } from './funding.entity.js';
import { lockForChange } from '../../database/lock-for-change.js';

/** Money given and promised, per donor. */
export interface DonorTotals {
  donorId: string;
  pledgedUsd: number;
  receivedUsd: number;
  inKindUsd: number;
}

/** SQL sums of contributions `c` by kind; in-kind values are kept apart from money. */
export const DONOR_TOTALS = `
  coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'PLEDGE' AND NOT c.in_kind), 0)::float8 AS "pledgedUsd",
  coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'RECEIPT' AND NOT c.in_kind), 0)::float8 AS "receivedUsd",
  coalesce(sum(c.amount_usd) FILTER (WHERE c.in_kind), 0)::float8 AS "inKindUsd"`;

/** Contributions and agreements: recorded by coordinators; a State sees only its own. */
@Injectable()
export class FundingService {
  constructor(
    @InjectRepository(Contribution) private readonly contributions: Repository<Contribution>,
    @InjectRepository(Agreement) private readonly agreements: Repository<Agreement>,
    private readonly organizations: OrganizationsService,
    private readonly projects: ProjectsService,
    private readonly audit: AuditService,
  ) {}

  async listContributions(actor: Actor, filter: ContributionFilter, page: Page) {
    const readable = readableContributionsWhere(await this.projects.viewer(actor));
    const query = this.contributions.createQueryBuilder('c').where(readable.sql, readable.params);
    if (filter.donorId) query.andWhere('c.donor_id = :donor', { donor: filter.donorId });
    if (filter.projectId) query.andWhere('c.project_id = :project', { project: filter.projectId });
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.from) query.andWhere('c.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('c.date <= :to', { to: filter.to });
    query.orderBy('c.date', 'DESC').addOrderBy('c.id', 'ASC');
    return findPage(query, page);
  }

  async recordContribution(actor: Actor, input: RecordContributionInput): Promise<Contribution> {
    assertAllowed(mayRecordFunding(actor), 'Only coordinators record contributions.');
    return this.contributions.manager.transaction(async (manager) => {
      const values = await this.contributionValues(manager, actor, input);
      const saved = await manager.save(manager.create(Contribution, { ...values, recordedById: actor.userId }));
      await this.audit.record(
        manager,
        actor,
        'contribution.recorded',
        'Contribution',
        saved.id,
        { kind: saved.kind, amountUsd: saved.amountUsd },
        null,
      );
      return saved;
    });
  }

  async updateContribution(actor: Actor, input: UpdateContributionInput): Promise<Contribution> {
    return this.contributions.manager.transaction(async (manager) => {
      const existing = await manager.findOneBy(Contribution, { id: input.id });
      const project = existing?.projectId
        ? (await this.projects.factsByIds([existing.projectId])).get(existing.projectId)
        : null;
      if (!existing || !mayReadContribution(await this.projects.viewer(actor), existing, project ?? null)) {
        throw notFound('Contribution');
      }
      assertAllowed(mayRecordFunding(actor), 'Only coordinators change contributions.');
      Object.assign(existing, await this.contributionValues(manager, actor, input));
      const saved = await manager.save(existing);
      await this.audit.record(
        manager,
        actor,
        'contribution.updated',
        'Contribution',
        saved.id,
        { kind: saved.kind, amountUsd: saved.amountUsd },
        null,
      );
      return saved;
    });
  }

  async listAgreements(actor: Actor, filter: AgreementFilter, page: Page) {
    const query = this.agreements.createQueryBuilder('g');
    if (isStatePerson(actor)) {
      query.where(
        'EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = g.id AND ap.organization_id = :own)',
        {
          own: actor.organizationId,
        },
      );
    }
    if (filter.from) query.andWhere('g.date_signed >= :from', { from: filter.from });
    if (filter.to) query.andWhere('g.date_signed <= :to', { to: filter.to });
    if (filter.type) query.andWhere('g.type = :type', { type: filter.type });
    if (filter.partyId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = g.id AND ap.organization_id = :party)',
        { party: filter.partyId },
      );
    }
    query.orderBy('g.date_signed', 'DESC').addOrderBy('g.id', 'ASC');
    return findPage(query, page);
  }

  async recordAgreement(actor: Actor, input: RecordAgreementInput): Promise<Agreement> {
    assertAllowed(mayRecordFunding(actor), 'Only coordinators record agreements.');
    return this.agreements.manager.transaction(async (manager) => {
      const { partyIds, ...values } = await this.agreementValues(manager, actor, input);
      const saved = await manager.save(manager.create(Agreement, { ...values, recordedById: actor.userId }));
      await manager.insert(
        AgreementParty,
        partyIds.map((organizationId) => ({ agreementId: saved.id, organizationId })),
      );
      await this.audit.record(
        manager,
        actor,
        'agreement.recorded',
        'Agreement',
        saved.id,
        { type: saved.type, partyIds },
        null,
      );
      return saved;
    });
  }

  async updateAgreement(actor: Actor, input: UpdateAgreementInput): Promise<Agreement> {
    return this.agreements.manager.transaction(async (manager) => {
      const existing = await manager.findOneBy(Agreement, { id: input.id });
      const parties = (await manager.findBy(AgreementParty, { agreementId: input.id })).map(
        (row) => row.organizationId,
      );
      if (!existing || !mayReadAgreement(actor, parties)) throw notFound('Agreement');
      assertAllowed(mayRecordFunding(actor), 'Only coordinators change agreements.');
      const { partyIds, ...values } = await this.agreementValues(manager, actor, input);
      // Locked, so that two corrections of the parties replace them one after the other.
      const locked = await lockForChange(manager, Agreement, input.id, 'Agreement');
      const saved = await manager.save(Object.assign(locked, values));
      await manager.delete(AgreementParty, { agreementId: saved.id });
      await manager.insert(
        AgreementParty,
        partyIds.map((organizationId) => ({ agreementId: saved.id, organizationId })),
      );
      await this.audit.record(
        manager,
        actor,
        'agreement.updated',
        'Agreement',
        saved.id,
        { type: saved.type, partyIds },
        null,
      );
      return saved;
    });
  }

  /** Pledged, received and in-kind per donor of each project (a State sees only its own part). */
  async projectFunding(actor: Actor, projectIds: readonly string[]): Promise<DonorTotals[][]> {
    const rows: (DonorTotals & { projectId: string })[] = await this.contributions.query(
      `SELECT c.project_id AS "projectId", c.donor_id AS "donorId", ${DONOR_TOTALS}
         FROM contributions c
        WHERE c.project_id = ANY($1) AND ($2::uuid IS NULL OR c.donor_id = $2)
        GROUP BY c.project_id, c.donor_id
        ORDER BY "pledgedUsd" DESC, "receivedUsd" DESC`,
      [projectIds, isStatePerson(actor) ? actor.organizationId : null],
    );
    return projectIds.map((id) => rows.filter((row) => row.projectId === id));
  }

  async partyIdsByAgreementIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.agreements.manager.find(AgreementParty, { where: { agreementId: In([...ids]) } });
    return ids.map((id) => rows.filter((row) => row.agreementId === id).map((row) => row.organizationId));
  }

  // ---- internals ----

  private async contributionValues(manager: EntityManager, actor: Actor, input: RecordContributionInput) {
    await this.organizations.requireKinds(
      manager,
      [input.donorId],
      ['MEMBER_STATE', 'OBSERVER_STATE', 'REGIONAL_ORGANIZATION', 'DONOR', 'OTHER', 'COMPACT_ENTITY'],
      'donorId',
      'This donor does not exist.',
    );
    const projectId = await this.projectIdOf(manager, actor, input.projectId);
    return {
      donorId: input.donorId,
      kind: input.kind,
      amountUsd: input.amountUsd,
      inKind: input.inKind,
      date: input.date,
      projectId,
      purpose: input.purpose.trim(),
    };
  }

  private async agreementValues(manager: EntityManager, actor: Actor, input: RecordAgreementInput) {
    const subject = input.subject.trim();
    if (!subject) throw badInput('subject', 'Say what the agreement is about.');
    const partyIds = [...new Set(input.partyIds)];
    if (partyIds.length < 2) throw badInput('partyIds', 'An agreement has at least two parties.');
    await this.organizations.requireKinds(
      manager,
      partyIds,
      ['COMPACT_ENTITY', 'MEMBER_STATE', 'OBSERVER_STATE', 'REGIONAL_ORGANIZATION', 'DONOR', 'OTHER'],
      'partyIds',
      'A party does not exist.',
    );
    return {
      type: input.type,
      subject,
      dateSigned: input.dateSigned,
      place: input.place?.trim() || null,
      projectId: await this.projectIdOf(manager, actor, input.projectId),
      partyIds,
    };
  }

  private async projectIdOf(manager: EntityManager, actor: Actor, projectId: string | null | undefined) {
    if (!projectId) return null;
    const project = await this.projects.findReadable(actor, projectId, manager);
    if (!project) throw badInput('projectId', 'This project does not exist.');
    return project.id;
  }
}
