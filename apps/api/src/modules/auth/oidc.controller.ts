import { Controller, Get, Inject, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import type { Logger } from 'pino';
import { clientOf } from '../../common/client-context.js';
import { Public } from '../../common/request-context.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { setAuthCookies } from './cookies.js';
import { OIDC_TRANSACTION_TTL_SECONDS, OidcService, type SingleSignOnFailure } from './oidc.service.js';

const TRANSACTION_COOKIE = 'ctcp_oidc';

/**
 * Single sign-on in the browser: `start` sends the person to the provider, `callback` is where the provider
 * sends them back, signed in or with the reason on the sign-in page (`/sign-in?sso=<reason>`).
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Public()
  @Get('start')
  async start(@Query('next') next: unknown, @Res() res: Response): Promise<void> {
    this.assertEnabled();
    res.set('Cache-Control', 'no-store');
    try {
      const { authorizationUrl, sealedTransaction } = await this.oidc.start(typeof next === 'string' ? next : '/');
      res.cookie(TRANSACTION_COOKIE, sealedTransaction, {
        ...this.transactionCookie(),
        maxAge: OIDC_TRANSACTION_TTL_SECONDS * 1000,
      });
      res.redirect(302, authorizationUrl.href);
    } catch (error) {
      // The provider cannot be reached (or its metadata is wrong): the sign-in page says so.
      this.logger.error({ err: error }, 'single sign-on could not start');
      this.refuse(res, 'failed');
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled();
    res.set('Cache-Control', 'no-store');
    // The transaction is used once, whatever the outcome: a replayed callback finds none.
    const sealed: unknown = req.cookies?.[TRANSACTION_COOKIE];
    res.clearCookie(TRANSACTION_COOKIE, this.transactionCookie());
    const outcome = await this.oidc.finish(
      this.callbackUrl(req),
      typeof sealed === 'string' ? sealed : undefined,
      clientOf(req),
    );
    if (!outcome.signedIn) {
      this.refuse(res, outcome.failure);
      return;
    }
    setAuthCookies(res, outcome.session, this.config.cookieSecure);
    res.redirect(302, `${this.config.publicUrl}${outcome.next}`);
  }

  private assertEnabled(): void {
    if (!this.oidc.settings) throw new NotFoundException('Single sign-on is not configured.');
  }

  /**
   * The address the provider redirected to, as registered there: PUBLIC_URL's, whatever host or proxy
   * the request came through, with the provider's parameters.
   */
  private callbackUrl(req: Request): URL {
    const url = new URL(this.oidc.redirectUri);
    url.search = new URL(req.originalUrl, 'http://callback.invalid').search;
    return url;
  }

  private refuse(res: Response, failure: SingleSignOnFailure): void {
    res.redirect(302, `${this.config.publicUrl}/sign-in?sso=${failure}`);
  }

  /** Lax: the provider's redirect back is a top-level navigation from another site, which Lax lets through. */
  private transactionCookie(): CookieOptions {
    return { httpOnly: true, secure: this.config.cookieSecure, sameSite: 'lax', path: '/auth/oidc' };
  }
}
