import { Injectable } from '@nestjs/common';
import type { ContributionKind } from '@ctcp/shared';
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
import { Agreement, AgreementParty, Contribution, ContributionFulfilment } from './funding.entity.js';
import { lockForChange } from '../../database/lock-for-change.js';

/** Money given and promised, per donor. */
export interface DonorTotals {
  donorId: string;
  pledgedUsd: number;
  receivedUsd: number;
  inKindUsd: number;
  outstandingUsd: number;
}

/** A pledge's allocations from receipts, as far as the viewer reads the pledge. */
export interface PledgeFulfilment {
  pledge: Contribution;
  amountUsd: number;
}

/** What a pledge has had from receipts and what it still waits for. */
export interface PledgeBalance {
  fulfilledUsd: number;
  outstandingUsd: number;
}

/** SQL sums of contributions `c` by kind; in-kind values are kept apart from money. */
export const DONOR_TOTALS = `
  coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'PLEDGE' AND NOT c.in_kind), 0)::float8 AS "pledgedUsd",
  coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'RECEIPT' AND NOT c.in_kind), 0)::float8 AS "receivedUsd",
  coalesce(sum(c.amount_usd) FILTER (WHERE c.in_kind), 0)::float8 AS "inKindUsd",
  coalesce(sum(c.amount_usd - (SELECT coalesce(sum(f.amount_usd), 0) FROM contribution_fulfilments f WHERE f.pledge_id = c.id))
    FILTER (WHERE c.kind = 'PLEDGE' AND NOT c.in_kind), 0)::float8 AS "outstandingUsd"`;

/** An amount in USD, rounded to the cent. */
function cents(usd: number): number {
  return Math.round(usd * 100) / 100;
}

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
      const pledgeIds = this.fulfilledPledgeIds(values.kind, input.fulfilsPledgeIds ?? []);
      const saved = await manager.save(manager.create(Contribution, { ...values, recordedById: actor.userId }));
      const fulfils = await this.allocate(manager, actor, saved, pledgeIds);
      await this.audit.record(manager, actor, 'contribution.recorded', 'Contribution', saved.id, {
        kind: saved.kind,
        amountUsd: saved.amountUsd,
        currency: saved.currency,
        amount: saved.amount,
        fulfils,
      });
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
      const values = await this.contributionValues(manager, actor, input);
      const before = await manager.findBy(ContributionFulfilment, { receiptId: input.id });
      const pledgeIds = this.fulfilledPledgeIds(
        values.kind,
        input.fulfilsPledgeIds ?? before.map((row) => row.pledgeId),
      );
      // Locked, so that receipts fulfilling this pledge meanwhile are counted against its new terms.
      const locked = await lockForChange(manager, Contribution, input.id, 'Contribution');
      await this.keepPledgeTerms(manager, locked, values);
      const saved = await manager.save(Object.assign(locked, values));
      await manager.delete(ContributionFulfilment, { receiptId: saved.id });
      const fulfils = await this.allocate(manager, actor, saved, pledgeIds);
      await this.audit.record(manager, actor, 'contribution.updated', 'Contribution', saved.id, {
        kind: saved.kind,
        amountUsd: saved.amountUsd,
        currency: saved.currency,
        amount: saved.amount,
        fulfils,
      });
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
      await this.audit.record(manager, actor, 'agreement.recorded', 'Agreement', saved.id, {
        type: saved.type,
        partyIds,
      });
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
      await this.audit.record(manager, actor, 'agreement.updated', 'Agreement', saved.id, {
        type: saved.type,
        partyIds,
      });
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

  /** Each receipt's allocations to the pledges the viewer may read, oldest pledge first. */
  async fulfilmentsByReceiptIds(actor: Actor, receiptIds: readonly string[]): Promise<PledgeFulfilment[][]> {
    const readable = readableContributionsWhere(await this.projects.viewer(actor));
    const { entities, raw } = await this.contributions
      .createQueryBuilder('c')
      .innerJoin(ContributionFulfilment, 'f', 'f.pledge_id = c.id')
      .addSelect('f.receipt_id', 'receiptId')
      .addSelect('f.amount_usd::float8', 'allocatedUsd')
      .where('f.receipt_id IN (:...receiptIds)', { receiptIds })
      .andWhere(readable.sql, readable.params)
      .orderBy('c.date', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawAndEntities<{ receiptId: string; allocatedUsd: number; c_id: string }>();
    const byId = new Map(entities.map((pledge) => [pledge.id, pledge]));
    return receiptIds.map((id) =>
      raw
        .filter((row) => row.receiptId === id)
        .map((row) => ({ pledge: byId.get(row.c_id)!, amountUsd: row.allocatedUsd })),
    );
  }

  /** What each pledge has had from receipts (all of them: a fact of the pledge) and what is still due. */
  async balancesByPledgeIds(pledgeIds: readonly string[]): Promise<PledgeBalance[]> {
    const rows: { id: string; amountUsd: number; fulfilledUsd: number }[] = await this.contributions.query(
      `SELECT c.id, c.amount_usd::float8 AS "amountUsd",
              (SELECT coalesce(sum(f.amount_usd), 0) FROM contribution_fulfilments f WHERE f.pledge_id = c.id)::float8
                AS "fulfilledUsd"
         FROM contributions c WHERE c.id = ANY($1)`,
      [pledgeIds],
    );
    return pledgeIds.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      const fulfilledUsd = row?.fulfilledUsd ?? 0;
      return { fulfilledUsd, outstandingUsd: cents(Math.max(0, (row?.amountUsd ?? 0) - fulfilledUsd)) };
    });
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
      ...(await this.money(manager, input)),
      inKind: input.inKind,
      date: input.date,
      projectId,
      purpose: input.purpose.trim(),
    };
  }

  /** The amount in its currency, the rate and its day, and the USD value they make. */
  private async money(manager: EntityManager, input: RecordContributionInput) {
    const currency = input.currency ?? 'USD';
    const given = input.amountUsd ?? null;
    if (currency === 'USD') {
      if (input.usdRate != null && input.usdRate !== 1) throw badInput('usdRate', 'A USD amount has the rate 1.');
      const amount = input.amount ?? given;
      if (amount === null) throw badInput('amountUsd', 'Give an amount above zero.');
      if (given !== null && input.amount != null && given !== input.amount) {
        throw badInput('amountUsd', 'The USD amount and the amount differ; give one of them.');
      }
      return { currency, amount, usdRate: 1, rateDate: input.rateDate ?? input.date, amountUsd: amount };
    }
    if (input.amount == null) throw badInput('amount', `Give the amount in ${currency}.`);
    if (input.usdRate == null) throw badInput('usdRate', `Give the rate: USD per ${currency}.`);
    // Exact decimal arithmetic, as PostgreSQL does it, rather than binary floating point.
    const [{ usd }]: { usd: number }[] = await manager.query(
      'SELECT round($1::numeric * $2::numeric, 2)::float8 AS usd',
      [String(input.amount), String(input.usdRate)],
    );
    if (usd < 0.01) throw badInput('amount', 'The amount is worth less than a cent in USD.');
    if (usd > 1e12) throw badInput('amount', 'The amount is too large.');
    if (given !== null && given !== usd) {
      throw badInput('amountUsd', `The USD amount differs from the amount at the rate (USD ${usd}); give one of them.`);
    }
    return {
      currency,
      amount: input.amount,
      usdRate: input.usdRate,
      rateDate: input.rateDate ?? input.date,
      amountUsd: usd,
    };
  }

  /** The distinct pledges a contribution names; only a receipt fulfils pledges. */
  private fulfilledPledgeIds(kind: ContributionKind, pledgeIds: readonly string[]): string[] {
    const ids = [...new Set(pledgeIds)];
    if (ids.length > 0 && kind !== 'RECEIPT') {
      throw badInput('fulfilsPledgeIds', 'Only a receipt fulfils pledges.');
    }
    return ids;
  }

  /**
   * Allocates the receipt's USD value to the pledges, oldest first, each up to what is still outstanding on
   * it. The pledges are locked until the transaction ends, so two receipts at once never over-fulfil one.
   */
  private async allocate(manager: EntityManager, actor: Actor, receipt: Contribution, pledgeIds: readonly string[]) {
    if (pledgeIds.length === 0) return [];
    const readable = readableContributionsWhere(await this.projects.viewer(actor));
    const readableIds = new Set(
      (
        await manager
          .createQueryBuilder(Contribution, 'c')
          .select('c.id', 'id')
          .where('c.id IN (:...pledgeIds)', { pledgeIds })
          .andWhere(readable.sql, readable.params)
          .getRawMany<{ id: string }>()
      ).map((row) => row.id),
    );
    if (pledgeIds.some((id) => !readableIds.has(id))) throw badInput('fulfilsPledgeIds', 'A pledge does not exist.');
    // Locked in one order (by id), so that receipts naming the same pledges wait for each other, never deadlock.
    const pledges: { id: string; donorId: string; kind: string; inKind: boolean; amountUsd: number }[] =
      await manager.query(
        `SELECT c.id, c.donor_id AS "donorId", c.kind, c.in_kind AS "inKind", c.amount_usd::float8 AS "amountUsd"
           FROM contributions c WHERE c.id = ANY($1) ORDER BY c.id FOR UPDATE`,
        [pledgeIds],
      );
    for (const pledge of pledges) {
      if (pledge.kind !== 'PLEDGE') throw badInput('fulfilsPledgeIds', 'A receipt fulfils pledges, not receipts.');
      if (pledge.donorId !== receipt.donorId) {
        throw badInput('fulfilsPledgeIds', 'A receipt fulfils pledges of its own donor only.');
      }
      if (pledge.inKind !== receipt.inKind) {
        throw badInput('fulfilsPledgeIds', 'A receipt in kind fulfils pledges in kind, and money fulfils money.');
      }
    }
    // Read after the locks: what receipts committed meanwhile have taken.
    const ordered: { id: string; amountUsd: number; fulfilledUsd: number }[] = await manager.query(
      `SELECT c.id, c.amount_usd::float8 AS "amountUsd",
              (SELECT coalesce(sum(f.amount_usd), 0) FROM contribution_fulfilments f WHERE f.pledge_id = c.id)::float8
                AS "fulfilledUsd"
         FROM contributions c WHERE c.id = ANY($1) ORDER BY c.date, c.created_at, c.id`,
      [pledgeIds],
    );
    let remaining = Math.round(receipt.amountUsd * 100);
    const allocations: { pledgeId: string; amountUsd: number }[] = [];
    for (const pledge of ordered) {
      const outstanding = Math.round(pledge.amountUsd * 100) - Math.round(pledge.fulfilledUsd * 100);
      const share = Math.min(outstanding, remaining);
      if (share <= 0) continue;
      allocations.push({ pledgeId: pledge.id, amountUsd: share / 100 });
      remaining -= share;
    }
    if (allocations.length > 0) {
      await manager.insert(
        ContributionFulfilment,
        allocations.map((allocation) => ({ receiptId: receipt.id, ...allocation })),
      );
    }
    return allocations;
  }

  /** A pledge that receipts fulfil keeps its donor, kind and nature, and is not made smaller than they gave. */
  private async keepPledgeTerms(
    manager: EntityManager,
    pledge: Contribution,
    values: Pick<Contribution, 'donorId' | 'kind' | 'inKind' | 'amountUsd'>,
  ) {
    if (pledge.kind !== 'PLEDGE') return;
    const [{ fulfilledUsd }]: { fulfilledUsd: number }[] = await manager.query(
      `SELECT coalesce(sum(amount_usd), 0)::float8 AS "fulfilledUsd" FROM contribution_fulfilments WHERE pledge_id = $1`,
      [pledge.id],
    );
    if (fulfilledUsd === 0) return;
    if (values.kind !== 'PLEDGE' || values.donorId !== pledge.donorId || values.inKind !== pledge.inKind) {
      throw badInput('kind', 'Receipts fulfil this pledge: its donor, kind and nature stay as they are.');
    }
    if (values.amountUsd < fulfilledUsd) {
      throw badInput('amountUsd', `Receipts already fulfil USD ${fulfilledUsd} of this pledge; it cannot be less.`);
    }
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
