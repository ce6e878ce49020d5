import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { CurrentActor } from '../../common/request-context.js';
import { toCsv } from '../reports/csv.js';
import type { AuditEventFilter } from './audit.inputs.js';
import { AuditService } from './audit.service.js';

/** Rows of one export: a year of a busy platform's sign-ins is more than a spreadsheet wants. */
const EXPORT_MAX_ROWS = 50_000;
const UUID = /^[0-9a-f-]{36}$/i;

/**
 * `GET /exports/audit.csv?actorId=&organizationId=&action=&targetId=&from=&to=`: the audit events the
 * reader may read, with the filters of the page, newest first. The export itself is an audited event.
 */
@Controller('exports')
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit.csv')
  async download(@CurrentActor() actor: Actor, @Query() query: Record<string, string>, @Res() res: Response) {
    const filter = filterOf(query);
    const rows = await this.audit.export(actor, filter, EXPORT_MAX_ROWS);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ctcp-audit.csv"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(
      toCsv([
        [
          'id',
          'created_at',
          'action',
          'actor_id',
          'organization_id',
          'target_type',
          'target_id',
          'details',
          'ip_address',
          'user_agent',
        ],
        ...rows.map((event) => [
          event.id,
          event.createdAt.toISOString(),
          event.action,
          event.actorId,
          event.organizationId,
          event.targetType,
          event.targetId,
          JSON.stringify(event.details),
          event.ipAddress,
          event.userAgent,
        ]),
      ]),
    );
  }
}

function filterOf(query: Record<string, string>): AuditEventFilter {
  const id = (field: 'actorId' | 'organizationId') => {
    const value = query[field];
    if (value && !UUID.test(value)) throw badInput(field, 'Give an id.');
    return value || null;
  };
  const date = (field: 'from' | 'to') => {
    if (!query[field]) return null;
    const value = new Date(query[field]);
    if (Number.isNaN(value.getTime())) throw badInput(field, 'Give a date.');
    return value;
  };
  return {
    actorId: id('actorId'),
    organizationId: id('organizationId'),
    action: query.action?.slice(0, 100) || null,
    targetId: query.targetId?.slice(0, 100) || null,
    from: date('from'),
    to: date('to'),
  };
}
