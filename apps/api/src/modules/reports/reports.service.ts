import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CAPACITY_BUILDING_ACTIVITY_TYPES } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput } from '../../common/errors.js';
import { Activity } from '../activities/activity.entity.js';
import type { CountryActivity } from '../activities/activities.service.js';
import { Agreement, Contribution } from '../funding/funding.entity.js';
import { DONOR_TOTALS, type DonorTotals } from '../funding/funding.service.js';
import { mayReadReports, readableActivitiesWhere, readableContributionsWhere } from '../policy/projects.js';
import type { SqlCondition } from '../policy/actors.js';

export interface Breakdown {
  key: string;
  activities: number;
  individualsTrained: number;
}

/** The items of a working group's plans for the half year the quarter is in, by status. */
export interface WorkPlanProgress {
  /** The working group's id. */
  key: string;
  notStarted: number;
  onTrack: number;
  atRisk: number;
  done: number;
  dropped: number;
}

export interface QuarterlyReportData {
  year: number;
  quarter: number;
  from: string;
  to: string;
  workshopsOrganized: number;
  individualsTrained: number;
  activityCount: number;
  participants: number;
  participantsWomen: number;
  /** Women among participants, where the activities counted them (0 to 1); null without figures. */
  womenShare: number | null;
  pledgedUsdToDate: number;
  receivedUsdToDate: number;
  inKindUsdToDate: number;
  donorCountToDate: number;
  receivedUsdInQuarter: number;
  highLevelVisits: Activity[];
  endorsements: Agreement[];
  launches: Activity[];
  agreementsSigned: Agreement[];
  capacityBuildingEvents: Activity[];
  fundingReceived: Contribution[];
  topContributors: DonorTotals[];
  activitiesByPillar: Breakdown[];
  activitiesByWorkingGroup: Breakdown[];
  activitiesByRegion: Breakdown[];
  activitiesByType: Breakdown[];
  countriesReached: CountryActivity[];
  workPlanProgress: WorkPlanProgress[];
}

/** The first and last day of a calendar quarter, as YYYY-MM-DD. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3;
  const from = new Date(Date.UTC(year, firstMonth, 1));
  const to = new Date(Date.UTC(year, firstMonth + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** BAD_USER_INPUT unless this is a quarter the platform reports on. */
export function checkQuarter(year: number, quarter: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', 'Give a year between 2000 and 2100.');
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw badInput('quarter', 'Give a quarter from 1 to 4.');
}

const TOP_CONTRIBUTORS = 10;

/**
 * The quarterly report, computed from the records each time: activities that started in the quarter,
 * agreements signed in it, money received in it, and funding to date (up to the quarter's last day).
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async quarterly(actor: Actor, year: number, quarter: number): Promise<QuarterlyReportData> {
    assertAllowed(mayReadReports(actor), 'Reports are for the Compact’s entities and coordinators.');
    checkQuarter(year, quarter);
    const { from, to } = quarterBounds(year, quarter);
    const manager = this.dataSource.manager;
    const inQuarter = { from, to };

    const activities = await manager
      .createQueryBuilder(Activity, 'a')
      .where('a.start_date BETWEEN :from AND :to', inQuarter)
      .orderBy('a.start_date', 'ASC')
      .addOrderBy('a.title', 'ASC')
      .getMany();
    const agreements = await manager
      .createQueryBuilder(Agreement, 'g')
      .where('g.date_signed BETWEEN :from AND :to', inQuarter)
      .orderBy('g.date_signed', 'ASC')
      .addOrderBy('g.subject', 'ASC')
      .getMany();
    const received = await manager
      .createQueryBuilder(Contribution, 'c')
      .where(`c.kind = 'RECEIPT' AND NOT c.in_kind AND c.date BETWEEN :from AND :to`, inQuarter)
      .orderBy('c.date', 'ASC')
      .addOrderBy('c.amount_usd', 'DESC')
      .getMany();
    // Figures count every record; the records listed are those the reader may read (a marked project's
    // only for its readers). Reports are the Compact side's, who have no State of their own.
    const viewer = { ...actor, countryCode: null };
    const listedActivities = await this.readableIds(Activity, 'a', readableActivitiesWhere(viewer), activities);
    const listedFunding = await this.readableIds(Contribution, 'c', readableContributionsWhere(viewer), received);
    const listed = <T extends { id: string }>(records: T[], ids: Set<string>) =>
      records.filter((record) => ids.has(record.id));
    const fundingReceived = listed(received, listedFunding);
    const activitiesListed = listed(activities, listedActivities);
    const [totals]: (Omit<DonorTotals, 'donorId'> & { donors: number })[] = await manager.query(
      `SELECT ${DONOR_TOTALS}, count(DISTINCT c.donor_id) FILTER (WHERE NOT c.in_kind)::int AS donors
         FROM contributions c WHERE c.date <= $1`,
      [to],
    );
    const topContributors: DonorTotals[] = await manager.query(
      `SELECT c.donor_id AS "donorId", ${DONOR_TOTALS}
         FROM contributions c WHERE c.date <= $1
        GROUP BY c.donor_id
        HAVING sum(c.amount_usd) FILTER (WHERE NOT c.in_kind) > 0
        ORDER BY "pledgedUsd" DESC, "receivedUsd" DESC LIMIT ${TOP_CONTRIBUTORS}`,
      [to],
    );

    const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
    const counted = activities.filter((activity) => activity.participants !== null);
    const participants = sum(counted.map((activity) => activity.participants));
    const participantsWomen = sum(counted.map((activity) => activity.participantsWomen));

    return {
      year,
      quarter,
      from,
      to,
      workshopsOrganized: activities.filter((activity) => activity.type === 'WORKSHOP').length,
      individualsTrained: sum(activities.map((activity) => activity.individualsTrained)),
      activityCount: activities.length,
      participants,
      participantsWomen,
      womenShare: participants > 0 ? participantsWomen / participants : null,
      pledgedUsdToDate: totals.pledgedUsd,
      receivedUsdToDate: totals.receivedUsd,
      inKindUsdToDate: totals.inKindUsd,
      donorCountToDate: totals.donors,
      receivedUsdInQuarter: sum(received.map((contribution) => contribution.amountUsd)),
      highLevelVisits: activitiesListed.filter((activity) => activity.type === 'HIGH_LEVEL_VISIT'),
      endorsements: agreements.filter((agreement) => agreement.type === 'ACTION_PLAN'),
      launches: activitiesListed.filter((activity) => activity.type === 'LAUNCH'),
      agreementsSigned: agreements.filter((agreement) => agreement.type !== 'ACTION_PLAN'),
      capacityBuildingEvents: activitiesListed.filter(
        (activity) => activity.featured && CAPACITY_BUILDING_ACTIVITY_TYPES.includes(activity.type),
      ),
      fundingReceived,
      topContributors,
      activitiesByPillar: await this.breakdown('unnest(a.pillars)', '', inQuarter),
      activitiesByWorkingGroup: await this.breakdown(
        'a.working_group_id::text',
        'AND a.working_group_id IS NOT NULL',
        inQuarter,
      ),
      activitiesByRegion: await this.breakdown(
        `CASE WHEN a.online THEN 'ONLINE' ELSE coalesce(
           (SELECT o.regional_group FROM organizations o WHERE o.country_code = a.country_code AND o.regional_group IS NOT NULL LIMIT 1),
           'OTHER') END`,
        '',
        inQuarter,
      ),
      activitiesByType: await this.breakdown('a.type', '', inQuarter),
      countriesReached: await manager.query(
        `SELECT a.country_code AS "countryCode", count(*)::int AS activities,
                coalesce(sum(a.participants), 0)::int AS participants,
                coalesce(sum(a.individuals_trained), 0)::int AS "individualsTrained"
           FROM activities a
          WHERE a.start_date BETWEEN $1 AND $2 AND a.country_code IS NOT NULL AND NOT a.online
          GROUP BY a.country_code ORDER BY "individualsTrained" DESC, a.country_code`,
        [from, to],
      ),
      // A half year holds two quarters: the plans of the quarter's half year overlap it.
      workPlanProgress: await manager.query(
        `SELECT p.working_group_id::text AS key,
                count(*) FILTER (WHERE i.status = 'NOT_STARTED')::int AS "notStarted",
                count(*) FILTER (WHERE i.status = 'ON_TRACK')::int AS "onTrack",
                count(*) FILTER (WHERE i.status = 'AT_RISK')::int AS "atRisk",
                count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
                count(*) FILTER (WHERE i.status = 'DROPPED')::int AS dropped
           FROM work_plans p JOIN work_plan_items i ON i.work_plan_id = p.id
           JOIN working_groups g ON g.id = p.working_group_id
          WHERE p.year = $1 AND p.half = $2
          GROUP BY p.working_group_id, g.sort_order, g.key ORDER BY g.sort_order, g.key`,
        [year, Math.ceil(quarter / 2)],
      ),
    };
  }

  /** Of these records, the ids the rule `readable` (SQL on `alias`) admits. */
  private async readableIds(
    entity: typeof Activity | typeof Contribution,
    alias: string,
    readable: SqlCondition,
    records: readonly { id: string }[],
  ): Promise<Set<string>> {
    if (records.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource
      .createQueryBuilder(entity, alias)
      .select(`${alias}.id`, 'id')
      .where(`${alias}.id IN (:...ids)`, { ids: records.map((record) => record.id) })
      .andWhere(readable.sql, readable.params)
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Activities of the quarter and people trained, grouped by a SQL expression over `a`. */
  private breakdown(
    expression: string,
    condition: string,
    { from, to }: { from: string; to: string },
  ): Promise<Breakdown[]> {
    return this.dataSource.query(
      `SELECT ${expression} AS key, count(*)::int AS activities, coalesce(sum(a.individuals_trained), 0)::int AS "individualsTrained"
         FROM activities a
        WHERE a.start_date BETWEEN $1 AND $2 ${condition}
        GROUP BY 1 ORDER BY activities DESC, key`,
      [from, to],
    );
  }
}
