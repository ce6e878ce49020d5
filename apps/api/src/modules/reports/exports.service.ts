import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityType, Classification, ContributionKind, Language } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import {
  mayReadReports,
  readableActivitiesWhere,
  readableContributionsWhere,
  type Viewer,
} from '../policy/projects.js';
import { toCsv } from './csv.js';
import { EXPORT_TEXTS } from './export-texts.js';
import { quarterBounds } from './reports.service.js';

export const EXPORT_DATASETS = ['activities', 'contributions'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/** The records behind a quarterly report as CSV: the quarter's activities, and contributions to its end. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Records a download of the report or its records, once the reader may have it. */
  async recordDownload(
    actor: Actor,
    download: { year: number; quarter: number; file: string; language: Language },
  ): Promise<void> {
    assertAllowed(mayReadReports(actor), 'Reports are for the Compact’s entities and coordinators.');
    await this.dataSource.transaction((manager) =>
      this.audit.record(
        manager,
        actor,
        'report.exported',
        'QuarterlyReport',
        `${download.year}-Q${download.quarter}`,
        download,
      ),
    );
  }

  async csv(actor: Actor, dataset: ExportDataset, year: number, quarter: number, language: Language): Promise<string> {
    assertAllowed(mayReadReports(actor), 'Reports are for the Compact’s entities and coordinators.');
    const { from, to } = quarterBounds(year, quarter);
    // Reports are the Compact side's, who have no State of their own.
    const viewer = { ...actor, countryCode: null };
    return dataset === 'activities'
      ? this.activities(viewer, from, to, language)
      : this.contributions(viewer, to, language);
  }

  /** Runs SQL with named parameters (a policy rule's SQL twin among them). */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }

  /** Records the reader may read: a marked project's are left out unless they read the project, and marked. */
  private async activities(viewer: Viewer, from: string, to: string, language: Language): Promise<string> {
    const texts = EXPORT_TEXTS[language];
    const readable = readableActivitiesWhere(viewer);
    const rows: {
      start_date: string;
      end_date: string;
      type: ActivityType;
      title: string;
      country: string | null;
      city: string | null;
      online: boolean;
      organizers: string;
      working_group: string | null;
      pillars: string[];
      participants: number | null;
      participants_women: number | null;
      individuals_trained: number;
      marking: Classification;
    }[] = await this.query(
      `SELECT a.start_date::text, a.end_date::text, a.type, a.title, c.names ->> :language AS country, a.city, a.online,
              (SELECT string_agg(coalesce(o.acronym, o.names ->> :language), ', ' ORDER BY o.acronym)
                 FROM activity_organizers ao JOIN organizations o ON o.id = ao.organization_id
                WHERE ao.activity_id = a.id) AS organizers,
              g.names ->> :language AS working_group, a.pillars, a.participants, a.participants_women,
              a.individuals_trained, coalesce(p.classification, 'UNCLASSIFIED') AS marking
         FROM activities a
         LEFT JOIN organizations c ON c.country_code = a.country_code AND c.kind IN ('MEMBER_STATE', 'OBSERVER_STATE')
         LEFT JOIN working_groups g ON g.id = a.working_group_id
         LEFT JOIN projects p ON p.id = a.project_id
        WHERE a.start_date BETWEEN :from AND :to AND ${readable.sql}
        ORDER BY a.start_date, a.title`,
      { ...readable.params, from, to, language },
    );
    return toCsv([
      texts.activityColumns,
      ...rows.map((row) => [
        row.start_date,
        row.end_date,
        texts.activityTypes[row.type],
        row.title,
        row.country,
        row.city,
        row.online ? texts.yes : texts.no,
        row.organizers,
        row.working_group,
        row.pillars.join(' '),
        row.participants,
        row.participants_women,
        row.individuals_trained,
        texts.markings[row.marking],
      ]),
    ]);
  }

  private async contributions(viewer: Viewer, to: string, language: Language): Promise<string> {
    const texts = EXPORT_TEXTS[language];
    const readable = readableContributionsWhere(viewer);
    const rows: {
      date: string;
      donor: string;
      kind: ContributionKind;
      amount_usd: string;
      in_kind: boolean;
      project: string | null;
      purpose: string;
      marking: Classification;
    }[] = await this.query(
      `SELECT c.date::text, coalesce(d.names ->> :language, d.acronym) AS donor, c.kind, c.amount_usd, c.in_kind,
              p.title AS project, c.purpose, coalesce(p.classification, 'UNCLASSIFIED') AS marking
         FROM contributions c
         JOIN organizations d ON d.id = c.donor_id
         LEFT JOIN projects p ON p.id = c.project_id
        WHERE c.date <= :to AND ${readable.sql}
        ORDER BY c.date, donor`,
      { ...readable.params, to, language },
    );
    return toCsv([
      texts.contributionColumns,
      ...rows.map((row) => [
        row.date,
        row.donor,
        texts.contributionKinds[row.kind],
        Number(row.amount_usd),
        row.in_kind ? texts.yes : texts.no,
        row.project,
        row.purpose,
        texts.markings[row.marking],
      ]),
    ]);
  }
}
