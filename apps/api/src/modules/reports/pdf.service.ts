import { existsSync } from 'node:fs';
import {
  Inject,
  Injectable,
  type OnModuleDestroy,
  type OnModuleInit,
  ServiceUnavailableException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ACCESS_COOKIE } from '@ctcp/shared';
import pLimit from 'p-limit';
import type * as Playwright from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Logger } from 'pino';
import type { Repository } from 'typeorm';
import { rateLimited } from '../../common/errors.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { PdfPrint } from './pdf-print.entity.js';

/** Pages printing at once in the one browser: each takes a renderer process and a share of the cores. */
export const PDF_PAGES_AT_ONCE = 2;
/** Prints waiting for a page; beyond them another is refused at once rather than left to time out. */
export const PDF_QUEUE_LIMIT = 8;
/** Prints per person in a rolling hour, counted in PostgreSQL so that the limit holds across instances. */
export const PDF_PRINTS_PER_PERSON_PER_HOUR = 20;

const READY_TIMEOUT_MS = 30_000;
const READY_OR_FAILED = '[data-print-ready], [data-print-error]';
/** When a refused print (the person's own still running, or every place taken) may be tried again. */
const BUSY_RETRY_SECONDS = 10;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

let playwright: Promise<typeof Playwright> | undefined;

/** Playwright, loaded on the first print: loading it takes a good part of a second that start-up is spared. */
function loadPlaywright(): Promise<typeof Playwright> {
  return (playwright ??= import('playwright-core'));
}

/** The printed page as the functions run in it see it (the api is compiled without the DOM's types). */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  requestAnimationFrame(callback: () => void): void;
}

/**
 * Prints a page of the web app to PDF with headless Chromium, as the signed-in reader sees it: the
 * report page is the same in the browser, on paper and in the PDF.
 *
 * One browser serves the whole process (a launch costs seconds and several processes); each print has
 * its own context, so readers' cookies never meet. At most PDF_PAGES_AT_ONCE pages print at once, with a
 * short queue, and each person has one print in flight and PDF_PRINTS_PER_PERSON_PER_HOUR an hour:
 * beyond that the answer is RATE_LIMITED.
 */
@Injectable()
export class PdfService implements OnModuleInit, OnModuleDestroy {
  private readonly pages = pLimit(PDF_PAGES_AT_ONCE);
  /** People with a print queued or printing on this instance. */
  private readonly readers = new Set<string>();
  /** The kept browser, launching or launched; undefined until the first print and after it stopped. */
  private kept?: Promise<Browser>;
  private launches = 0;
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @InjectRepository(PdfPrint) private readonly prints: Repository<PdfPrint>,
  ) {}

  /** Browsers launched since start: one, unless one stopped and was replaced. */
  get browsersLaunched(): number {
    return this.launches;
  }

  /** Pages printing now. */
  get printing(): number {
    return this.pages.activeCount;
  }

  /** Prints waiting for a page. */
  get waiting(): number {
    return this.pages.pendingCount;
  }

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.pruneOldPrints().catch(() => undefined), PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.pruneTimer);
    const kept = this.kept;
    this.kept = undefined;
    await kept?.then((browser) => browser.close()).catch(() => undefined);
  }

  /**
   * `origin` is this server as the printing browser reaches it; `path` a page that sets data-print-ready.
   * `userId` is the reader's, for the limits.
   */
  async print(userId: string, origin: string, path: string, accessToken: string): Promise<Buffer> {
    if (!this.config.webDistDir) throw new ServiceUnavailableException('PDF export needs the built web app.');
    if (!existsSync(this.config.chromiumPath)) {
      throw new ServiceUnavailableException('PDF export needs Chromium (set CHROMIUM_PATH).');
    }
    // Checked and taken in one step (no await between), so two clicks at once cannot both pass.
    if (this.readers.has(userId)) throw rateLimited(BUSY_RETRY_SECONDS);
    this.readers.add(userId);
    try {
      const printId = await this.countPrint(userId);
      // Checked right before joining the queue, with no await between: the count cannot go stale.
      if (this.pages.activeCount + this.pages.pendingCount >= PDF_PAGES_AT_ONCE + PDF_QUEUE_LIMIT) {
        // Nothing was printed: the refusal does not use up the person's hour.
        await this.prints.delete({ id: printId });
        throw rateLimited(BUSY_RETRY_SECONDS);
      }
      return await this.pages(() => this.printPage(origin, path, accessToken));
    } finally {
      this.readers.delete(userId);
    }
  }

  /**
   * Counts the print against the person's hour, or refuses it. The count and the new row are one step,
   * serialized per person (advisory lock), so prints in parallel on several instances cannot all pass.
   */
  private async countPrint(userId: string): Promise<string> {
    return this.prints.manager.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('pdf prints ' || $1, 0))`, [userId]);
      const [recent] = await manager.query(
        `SELECT count(*)::int AS count,
                ceil(extract(epoch FROM min(printed_at) + interval '1 hour' - now()))::int AS seconds_left
           FROM pdf_prints
          WHERE user_id = $1 AND printed_at > now() - interval '1 hour'`,
        [userId],
      );
      if (recent.count >= PDF_PRINTS_PER_PERSON_PER_HOUR) throw rateLimited(Math.max(recent.seconds_left ?? 1, 1));
      const [row] = await manager.query(`INSERT INTO pdf_prints (user_id) VALUES ($1) RETURNING id`, [userId]);
      return String(row.id);
    });
  }

  private async printPage(origin: string, path: string, accessToken: string): Promise<Buffer> {
    const { browser, context } = await this.openContext();
    try {
      await context.addCookies([{ name: ACCESS_COOKIE, value: accessToken, url: origin, httpOnly: true }]);
      const page = await context.newPage();
      // In print media from the start, so that charts lay out at the paper's width before the page says it is
      // ready, not after (a chart resized late can print blank on a busy machine).
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${origin}${path}`);
      // Looked for at every frame, so that a page ready for a single frame is seen ready (and then refused).
      await page
        .waitForFunction(
          (selector) => (globalThis as unknown as PageGlobals).document.querySelector(selector) !== null,
          READY_OR_FAILED,
          {
            polling: 'raf',
            timeout: READY_TIMEOUT_MS,
          },
        )
        .catch(async (error: unknown) => {
          if (error instanceof (await loadPlaywright()).errors.TimeoutError) {
            throw new ServiceUnavailableException('The report took too long to load. Try again.');
          }
          throw error;
        });
      // The page could not load the report (the api busy, the session ended): no PDF of an error page.
      const failed = await (await page.$('[data-print-error]'))?.getAttribute('data-print-error');
      if (failed) throw new ServiceUnavailableException(`The report could not be printed (${failed}). Try again.`);
      // Two frames: what the ready page scheduled (chart drawing) is painted before printing. A page that
      // is no longer ready after them (its session ended, say) would print something else than the report.
      const stillReady = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const { document, requestAnimationFrame } = globalThis as unknown as PageGlobals;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(document.querySelector('[data-print-ready]') !== null)),
            );
          }),
      );
      if (!stillReady) throw new ServiceUnavailableException('The report changed while it was printed. Try again.');
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      });
    } catch (error) {
      // The browser died under this print: the next one gets a new browser, this reader may try again.
      if (browserDied(browser, error)) {
        throw new ServiceUnavailableException('The report could not be printed. Try again.');
      }
      throw error;
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** A new context in the kept browser; once more in a fresh browser if the kept one turns out dead. */
  private async openContext(): Promise<{ browser: Browser; context: BrowserContext }> {
    for (let attempt = 1; ; attempt++) {
      const launching = this.keptBrowser();
      const browser = await launching;
      try {
        return { browser, context: await browser.newContext() };
      } catch (error) {
        // It died between prints and its end has not been noticed yet: replace it, once.
        if (!browserDied(browser, error) || attempt > 1) throw error;
        this.forget(launching);
      }
    }
  }

  /** The browser of the process, launched on first use and again after it stopped. */
  private keptBrowser(): Promise<Browser> {
    if (this.kept) return this.kept;
    const launching = loadPlaywright().then(({ chromium }) =>
      chromium.launch({
        executablePath: this.config.chromiumPath,
        args: ['--no-sandbox'],
        // The app closes it on shutdown (onModuleDestroy); left on, these handlers would exit the process
        // on a signal before the app and its database have closed.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }),
    );
    this.kept = launching;
    this.launches++;
    launching.then(
      (browser) =>
        browser.on('disconnected', () => {
          if (this.kept !== launching) return; // closed on purpose
          this.logger.warn('the browser printing PDFs stopped; the next print starts a new one');
          this.kept = undefined;
        }),
      // A failed launch is not kept: the next print tries again.
      () => this.forget(launching),
    );
    return launching;
  }

  /** Drops a browser that failed, closing what is left of it, so the next print launches a new one. */
  private forget(launching: Promise<Browser>): void {
    if (this.kept === launching) this.kept = undefined;
    void launching.then((browser) => browser.close()).catch(() => undefined);
  }

  private async pruneOldPrints(): Promise<void> {
    await this.prints.query(`DELETE FROM pdf_prints WHERE printed_at < now() - interval '1 day'`);
  }
}

/** Whether an error means the browser itself is gone (its end may reach us before or after the error). */
function browserDied(browser: Browser, error: unknown): boolean {
  return !browser.isConnected() || (error instanceof Error && error.name === 'TargetClosedError');
}
