import { BadRequestException, Controller, Get, Param, ParseIntPipe, Query, Req, Res } from '@nestjs/common';
import { LANGUAGES, type Language } from '@ctcp/shared';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/actor.js';
import { CurrentActor } from '../../common/request-context.js';
import { accessTokenFromRequest } from '../auth/strategies.js';
import { EXPORT_DATASETS, type ExportDataset, ExportsService } from './exports.service.js';
import { PdfService } from './pdf.service.js';
import { checkQuarter, ReportsService } from './reports.service.js';

/**
 * Downloads of a quarterly report, in the reader's language (`?language=`, else their own):
 * `report.pdf`, and the records behind it as `activities.csv` and `contributions.csv`.
 */
@Controller('exports/quarterly')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly reports: ReportsService,
    private readonly pdf: PdfService,
  ) {}

  @Get(':year/:quarter/:file')
  async download(
    @CurrentActor() actor: Actor,
    @Param('year', ParseIntPipe) year: number,
    @Param('quarter', ParseIntPipe) quarter: number,
    @Param('file') file: string,
    @Query('language') requested: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    checkQuarter(year, quarter);
    const language = languageOf(requested, actor);
    await this.exports.recordDownload(actor, { year, quarter, file, language });
    const name = `ctcp-${year}-q${quarter}`;
    res.set({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
    if (file === 'report.pdf') {
      await this.reports.quarterly(actor, year, quarter); // the same permission as the page
      const origin = `http://127.0.0.1:${req.socket.localPort}`;
      const token = accessTokenFromRequest(req)!;
      const path = `/reports/${year}/${quarter}?print=1&lang=${language}`;
      const pdf = await this.pdf.print(actor.userId, origin, path, token);
      res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"` });
      res.send(pdf);
      return;
    }
    const dataset = file.replace(/\.csv$/, '') as ExportDataset;
    if (!file.endsWith('.csv') || !EXPORT_DATASETS.includes(dataset)) {
      throw new BadRequestException('Ask for report.pdf, activities.csv or contributions.csv.');
    }
    const csv = await this.exports.csv(actor, dataset, year, quarter, language);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${dataset}.csv"`,
    });
    res.send(csv);
  }
}

/** The language asked for, else the reader's own. */
export function languageOf(requested: string | undefined, actor: Actor): Language {
  return LANGUAGES.includes(requested as Language) ? (requested as Language) : actor.language;
}
