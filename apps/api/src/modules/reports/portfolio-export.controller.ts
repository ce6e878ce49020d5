import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Classification, ProjectStatus } from '@ctcp/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { CurrentActor } from '../../common/request-context.js';
import { ProjectFilter } from '../projects/projects.inputs.js';
import { ProjectsService } from '../projects/projects.service.js';
import { toCsv } from './csv.js';
import { languageOf } from './exports.controller.js';
import { EXPORT_TEXTS } from './export-texts.js';

/** Rows of one export: more projects than this is no longer a portfolio to read in a spreadsheet. */
const EXPORT_MAX_ROWS = 10_000;

/**
 * `GET /exports/projects.csv?status=&pillar=&workingGroupId=&leadEntityId=&countryCode=&search=&language=`:
 * the projects of the list with the same filters, as the reader may read them, in its order.
 */
@Controller('exports')
export class PortfolioExportController {
  constructor(
    private readonly projects: ProjectsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('projects.csv')
  async download(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = filterOf(query);
    const language = languageOf(typeof query.language === 'string' ? query.language : undefined, actor);
    const ids = await this.projects.listedIds(actor, filter, EXPORT_MAX_ROWS);
    const texts = EXPORT_TEXTS[language];
    const rows: {
      id: string;
      title: string;
      status: ProjectStatus;
      lead: string;
      partners: string | null;
      countries: string | null;
      pillars: string[];
      working_group: string | null;
      start_date: string;
      end_date: string | null;
      classification: Classification;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.title, p.status, coalesce(l.acronym, l.names ->> $2) AS lead,
              (SELECT string_agg(coalesce(o.acronym, o.names ->> $2), ', ' ORDER BY coalesce(o.acronym, o.names ->> $2))
                 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
                WHERE pp.project_id = p.id) AS partners,
              (SELECT string_agg(c.names ->> $2, ', ' ORDER BY c.names ->> $2) FROM organizations c
                WHERE c.country_code = ANY(p.beneficiary_country_codes) AND c.kind IN ('MEMBER_STATE', 'OBSERVER_STATE'))
                AS countries,
              p.pillars, g.names ->> $2 AS working_group, p.start_date::text, p.end_date::text, p.classification
         FROM projects p
         JOIN organizations l ON l.id = p.lead_entity_id
         LEFT JOIN working_groups g ON g.id = p.working_group_id
        WHERE p.id = ANY($1)`,
      [ids, language],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ctcp-projects.csv"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(
      toCsv([
        texts.projectColumns,
        ...ids
          .map((id) => byId.get(id)!)
          .map((row) => [
            row.title,
            texts.projectStatuses[row.status],
            row.lead,
            row.partners,
            row.countries,
            row.pillars.join(' '),
            row.working_group,
            row.start_date,
            row.end_date,
            texts.markings[row.classification],
          ]),
      ]),
    );
  }
}

/**
 * The list's filter from the address, checked by the rules of the list's own input (`ProjectFilter`): anything
 * malformed or unknown is bad input, never a silently wider export.
 */
function filterOf({ language: _language, ...query }: Record<string, unknown>): ProjectFilter {
  const filter = plainToInstance(ProjectFilter, query);
  const [error] = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (error) throw badInput(error.property, `The filter ${error.property} is not valid.`);
  return filter;
}
