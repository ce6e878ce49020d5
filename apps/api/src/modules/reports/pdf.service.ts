import { existsSync } from 'node:fs';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ACCESS_COOKIE } from '@ctcp/shared';
import { chromium } from 'playwright-core';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';

const READY_TIMEOUT_MS = 30_000;

/**
 * Prints a page of the web app to PDF with headless Chromium, as the signed-in reader sees it: the
 * report page is the same in the browser, on paper and in the PDF.
 */
@Injectable()
export class PdfService {
  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  /** `origin` is this server as the printing browser reaches it; `path` a page that sets data-print-ready. */
  async print(origin: string, path: string, accessToken: string): Promise<Buffer> {
    if (!this.config.webDistDir) throw new ServiceUnavailableException('PDF export needs the built web app.');
    if (!existsSync(this.config.chromiumPath)) {
      throw new ServiceUnavailableException('PDF export needs Chromium (set CHROMIUM_PATH).');
    }
    const browser = await chromium.launch({ executablePath: this.config.chromiumPath, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext();
      await context.addCookies([{ name: ACCESS_COOKIE, value: accessToken, url: origin, httpOnly: true }]);
      const page = await context.newPage();
      // In print media from the start, so that charts lay out at the paper's width before the page says it is
      // ready, not after (a chart resized late can print blank on a busy machine).
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${origin}${path}`);
      await page.waitForSelector('[data-print-ready], [data-print-error]', { timeout: READY_TIMEOUT_MS });
      // The page could not load the report (the api busy, the session ended): no PDF of an error page.
      const failed = await (await page.$('[data-print-error]'))?.getAttribute('data-print-error');
      if (failed) throw new ServiceUnavailableException(`The report could not be printed (${failed}). Try again.`);
      // Two frames: what the ready page scheduled (chart drawing) is painted before printing.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await browser.close();
    }
  }
}
