import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Classification, Language } from '@ctcp/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { createEventsAsync, type DateArray, type EventAttributes } from 'ics';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { CurrentActor } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import { EXPORT_TEXTS } from '../reports/export-texts.js';
import { languageOf } from '../reports/exports.controller.js';
import { ActivityFilter } from './activities.inputs.js';
import { ActivitiesService } from './activities.service.js';
import type { Activity } from './activity.entity.js';

/** Activities in one file: past this, a calendar is no longer the way to read them; a shorter range is. */
const EXPORT_MAX_EVENTS = 10_000;
/** Rows read from the list at a time. */
const READ_PAGE = 500;

const CALENDAR_TEXTS: Record<Language, { calendarName: string; online: string }> = {
  en: { calendarName: 'CTCP activities', online: 'Online' },
  fr: { calendarName: 'Activités de la CTCP', online: 'En ligne' },
  es: { calendarName: 'Actividades de la CTCP', online: 'En línea' },
  ru: { calendarName: 'Мероприятия CTCP', online: 'Онлайн' },
  zh: { calendarName: 'CTCP 活动', online: '线上' },
  ar: { calendarName: 'أنشطة CTCP', online: 'عبر الإنترنت' },
};

/**
 * `GET /exports/activities.ics?from=&to=&type=&countryCode=&language=`: the activities of the list with the
 * same filters, as the reader may read them, as an iCalendar file (RFC 5545): one all-day event per activity,
 * with a UID of its own so that importing the file again updates the entries instead of doubling them.
 */
@Controller('exports')
export class ActivitiesCalendarController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly organizations: OrganizationsService,
    private readonly projects: ProjectsService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Get('activities.ics')
  async download(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = filterOf(query);
    const language = languageOf(typeof query.language === 'string' ? query.language : undefined, actor);
    const activities = await this.readAll(actor, filter);
    const [countries, markings] = await Promise.all([
      this.countryNames(activities, language),
      this.projectMarkings(activities),
    ]);
    const texts = EXPORT_TEXTS[language];
    const events = activities.map((activity): EventAttributes => {
      const link = `${this.config.publicUrl}/activities/${activity.id}`;
      const marking = activity.projectId ? markings.get(activity.projectId) : undefined;
      const marked = marking !== undefined && marking !== 'UNCLASSIFIED';
      const place = activity.online
        ? CALENDAR_TEXTS[language].online
        : [activity.city, activity.countryCode ? countries.get(activity.countryCode) : null].filter(Boolean).join(', ');
      return {
        uid: `${activity.id}@ctcp`,
        title: activity.title,
        start: dayOf(activity.startDate),
        // All-day events end on the day after their last (DTEND is exclusive).
        end: dayOf(activity.endDate, 1),
        description: [marked ? texts.markings[marking] : null, texts.activityTypes[activity.type], link]
          .filter(Boolean)
          .join('\n'),
        location: place || undefined,
        url: link,
        // A marked project's activity says so to the calendar it is imported into.
        classification: marked ? 'CONFIDENTIAL' : undefined,
      };
    });
    const { error, value } = await createEventsAsync(events, {
      productId: 'ctcp/activities',
      method: 'PUBLISH',
      calName: CALENDAR_TEXTS[language].calendarName,
    });
    if (error || !value) throw error ?? new Error('The calendar file could not be written.');
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ctcp-activities.ics"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(value);
  }

  /** Every activity of the filter the reader may read, page after page of the list (need-to-know is the list's). */
  private async readAll(actor: Actor, filter: ActivityFilter): Promise<Activity[]> {
    const read = new Map<string, Activity>();
    for (let offset = 0; ; offset += READ_PAGE) {
      const page = await this.activities.list(actor, filter, { offset, limit: READ_PAGE });
      if (page.totalCount > EXPORT_MAX_EVENTS) {
        throw badInput('from', `More than ${EXPORT_MAX_EVENTS} activities: choose a shorter range.`);
      }
      for (const { node } of page.edges) read.set(node.id, node);
      if (!page.pageInfo.hasNextPage || page.edges.length === 0) return [...read.values()];
    }
  }

  /** The names of the host countries, in the reader's language. */
  private countryNames(activities: readonly Activity[], language: Language): Promise<Map<string, string>> {
    const codes = activities.flatMap((activity) => (activity.countryCode ? [activity.countryCode] : []));
    return this.organizations.countryNames(codes, language);
  }

  /** The markings of the activities' projects (already read through the list's rules). */
  private async projectMarkings(activities: readonly Activity[]): Promise<Map<string, Classification>> {
    const ids = [...new Set(activities.flatMap((activity) => (activity.projectId ? [activity.projectId] : [])))];
    if (ids.length === 0) return new Map();
    const projects = await this.projects.findByIds(ids);
    return new Map(projects.flatMap((project) => (project ? [[project.id, project.classification] as const] : [])));
  }
}

/** A YYYY-MM-DD day, `plus` days later, as the date array of an all-day event. */
function dayOf(day: string, plus = 0): DateArray {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plus);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * The list's filter from the address, checked by the rules of the list's own input (`ActivityFilter`):
 * anything malformed or unknown is bad input, never a silently wider export.
 */
function filterOf({ language: _language, ...query }: Record<string, unknown>): ActivityFilter {
  const filter = plainToInstance(ActivityFilter, query);
  const [error] = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (error) throw badInput(error.property, `The filter ${error.property} is not valid.`);
  return filter;
}
