import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { assertAllowed } from '../../common/errors.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { PostsService } from '../discussions/posts.service.js';
import type { Thread } from '../discussions/thread.entity.js';
import { mayPublishQuarterlyReport } from '../policy/governance.js';
import { PdfService } from '../reports/pdf.service.js';
import { checkQuarter, ReportsService } from '../reports/reports.service.js';
import { GovernanceService } from './governance.service.js';
import { reportPublication } from './publication-texts.js';

/** How the api reaches its own web app to print the report: itself on loopback, as the reader. */
export interface PrintingAs {
  origin: string;
  accessToken: string;
}

/**
 * Publishes a quarterly report to a governance body: the report page printed to PDF in the publisher's
 * language, uploaded to the body's workspace (within the publisher's upload quota, and searchable like any
 * file), and posted there as a new thread with the quarter's headline figures. Printing takes seconds and
 * happens before anything is written; should the thread fail, the upload is an unused one, deleted with
 * the others by the hourly clean-up.
 */
@Injectable()
export class ReportPublishingService {
  constructor(
    private readonly governance: GovernanceService,
    private readonly reports: ReportsService,
    private readonly pdf: PdfService,
    private readonly attachments: AttachmentsService,
    private readonly posts: PostsService,
  ) {}

  async publish(actor: Actor, year: number, quarter: number, bodyId: string, printing: PrintingAs): Promise<Thread> {
    checkQuarter(year, quarter);
    const { body, access } = await this.governance.withAccess(actor, bodyId);
    assertAllowed(
      mayPublishQuarterlyReport(actor, access),
      'Coordinators who write in the body’s workspace publish reports to it.',
    );
    const report = await this.reports.quarterly(actor, year, quarter);
    const language = actor.language;
    const pdf = await this.pdf.print(
      actor.userId,
      printing.origin,
      `/reports/${year}/${quarter}?print=1&lang=${language}`,
      printing.accessToken,
    );
    const file = await this.attachments.upload(actor, body.workspaceId, {
      originalname: `ctcp-${year}-q${quarter}-${language}.pdf`,
      buffer: pdf,
      size: pdf.length,
    });
    const { title, body: text } = reportPublication(language, report);
    return this.posts.createThread(actor, {
      workspaceId: body.workspaceId,
      title,
      body: text,
      pillars: [],
      classification: 'UNCLASSIFIED',
      attachmentIds: [file.id],
      participantIds: [],
    });
  }
}
