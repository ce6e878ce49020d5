import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed } from '../../common/errors.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { slaDueAt } from '../assistance-requests/clocks.js';
import { mayReadReports } from '../policy/projects.js';
import { checkQuarter, quarterBounds } from './reports.service.js';

export interface Quarter {
  year: number;
  quarter: number;
}

/** Submitted requests now in one status: how many, how long they have been in it, how many are overdue. */
export interface StatusPipeline {
  status: AssistanceRequestStatus;
  requests: number;
  medianSecondsInStatus: number;
  overdue: number;
}

/** Deadlines decided in a quarter: met (the request moved on in time) or missed (the deadline passed first). */
export interface QuarterSlaCompliance extends Quarter {
  met: number;
  missed: number;
}

export interface QuarterFunding extends Quarter {
  pledgedUsd: number;
  receivedUsd: number;
}

/** How many quarters the compliance and funding trends show, ending with the quarter asked for. */
export const SLA_QUARTERS = 4;
export const FUNDING_QUARTERS = 8;

/** The quarters from `count - 1` before `last` to `last`, oldest first. */
export function quartersEndingWith(last: Quarter, count: number): Quarter[] {
  const index = last.year * 4 + last.quarter - 1;
  return Array.from({ length: count }, (_, offset) => {
    const at = index - (count - 1) + offset;
    return { year: Math.floor(at / 4), quarter: (at % 4) + 1 };
  });
}

/** FORBIDDEN for a State's people: the dashboard is the Compact side's. */
function assertReader(actor: Actor): void {
  assertAllowed(mayReadReports(actor), 'The dashboard is for the Compact’s entities and coordinators.');
}

const quarterOfDate = (at: Date): Quarter => ({
  year: at.getUTCFullYear(),
  quarter: Math.floor(at.getUTCMonth() / 3) + 1,
});
const sameQuarter = (a: Quarter, b: Quarter) => a.year === b.year && a.quarter === b.quarter;

/**
 * The dashboard's trends beyond the quarterly report: where requests stand and how long they wait, how
 * often their deadlines were met, and money pledged and received per quarter. Figures count every record,
 * as the report's do; the Compact side reads them.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** FORBIDDEN for a State's people, BAD_USER_INPUT for a quarter out of range. */
  check(actor: Actor, { year, quarter }: Quarter): void {
    assertReader(actor);
    checkQuarter(year, quarter);
  }

  /** Submitted requests by status, now (drafts are the State's own). */
  requestPipeline(actor: Actor): Promise<StatusPipeline[]> {
    assertReader(actor);
    return this.dataSource.query(
      `SELECT r.status, count(*)::int AS requests,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - r.status_changed_at))::float8
                AS "medianSecondsInStatus",
              count(*) FILTER (WHERE r.sla_due_at < now())::int AS overdue
         FROM assistance_requests r
        WHERE r.status <> 'DRAFT'
        GROUP BY r.status
        ORDER BY array_position(ARRAY['SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED',
                                      'CLOSED', 'DECLINED', 'WITHDRAWN'], r.status)`,
    );
  }

  /**
   * Each time a request waited on a clock (for review, a match, delivery), its deadline counts in the quarter
   * it was decided: met when the request moved on by then (the quarter it moved), missed when the deadline
   * passed first (the quarter it passed). The deadline is worked out with today's service levels and holidays.
   */
  async slaCompliance(actor: Actor, last: Quarter, now = new Date()): Promise<QuarterSlaCompliance[]> {
    this.check(actor, last);
    const quarters = quartersEndingWith(last, SLA_QUARTERS);
    const from = quarterBounds(quarters[0].year, quarters[0].quarter).from;
    const to = quarterBounds(last.year, last.quarter).to;
    const waits: { status: AssistanceRequestStatus; enteredAt: Date; leftAt: Date | null }[] =
      await this.dataSource.query(
        `SELECT status, "enteredAt", "leftAt" FROM (
           SELECT t.to_status AS status, t.created_at AS "enteredAt",
                  lead(t.created_at) OVER (PARTITION BY t.request_id ORDER BY t.step) AS "leftAt"
             FROM assistance_request_transitions t) waits
          WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'IN_PROGRESS')
            AND "enteredAt" < ($2::date + 1) AND ("leftAt" IS NULL OR "leftAt" >= $1::date)`,
        [from, to],
      );
    const tally = quarters.map((quarter) => ({ ...quarter, met: 0, missed: 0 }));
    for (const wait of waits) {
      const due = slaDueAt(wait.status, wait.enteredAt, this.config.requestSla)!;
      const met = wait.leftAt !== null && wait.leftAt <= due;
      const decidedAt = met ? wait.leftAt! : due;
      if (!met && due > now) continue; // still running, not late yet
      const quarter = tally.find((row) => sameQuarter(row, quarterOfDate(decidedAt)));
      if (quarter) quarter[met ? 'met' : 'missed'] += 1;
    }
    return tally;
  }

  /** Cash pledged and received per quarter (in kind apart, as the report counts it). */
  async fundingTrend(actor: Actor, last: Quarter): Promise<QuarterFunding[]> {
    this.check(actor, last);
    const quarters = quartersEndingWith(last, FUNDING_QUARTERS);
    const rows: QuarterFunding[] = await this.dataSource.query(
      `SELECT extract(year FROM c.date)::int AS year, extract(quarter FROM c.date)::int AS quarter,
              coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'PLEDGE'), 0)::float8 AS "pledgedUsd",
              coalesce(sum(c.amount_usd) FILTER (WHERE c.kind = 'RECEIPT'), 0)::float8 AS "receivedUsd"
         FROM contributions c
        WHERE NOT c.in_kind AND c.date BETWEEN $1 AND $2
        GROUP BY 1, 2`,
      [quarterBounds(quarters[0].year, quarters[0].quarter).from, quarterBounds(last.year, last.quarter).to],
    );
    return quarters.map(
      (quarter) => rows.find((row) => sameQuarter(row, quarter)) ?? { ...quarter, pledgedUsd: 0, receivedUsd: 0 },
    );
  }
}
