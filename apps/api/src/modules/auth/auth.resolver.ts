import { Inject, UseGuards } from '@nestjs/common';
import { Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import { REFRESH_COOKIE } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { mfaRequired, unauthenticated } from '../../common/errors.js';
import { CurrentActor, type GraphQLContext, OptionalActor, Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuthService } from './auth.service.js';
import { clientOf } from '../../common/client-context.js';
import { AuthPayload, RefreshSessionInput, SessionInfo, SignInInput, withoutRefreshToken } from './auth.types.js';
import { clearAuthCookies, setAuthCookies } from './cookies.js';
import { PasswordSignInGuard } from './guards.js';
import { TwoFactorService } from './two-factor.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @UseGuards(PasswordSignInGuard)
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with email and password; also sets httpOnly cookies. With two-factor sign-in on, answers MFA_REQUIRED with extensions.mfaToken for completeSignIn.',
  })
  async signIn(@Args('input') input: SignInInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    const user = context.req.passwordVerifiedUser;
    if (!user) throw unauthenticated();
    if (await this.twoFactor.isOn(user.id)) throw mfaRequired(await this.twoFactor.startChallenge(user.id));
    context.req.signedInUserId = user.id;
    const payload = await this.auth.startSession(user, clientOf(context.req));
    setAuthCookies(context.res, payload, this.config.cookieSecure);
    return input.returnRefreshToken ? payload : withoutRefreshToken(payload);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh token (input or cookie) for new tokens' })
  async refreshSession(
    @Context() context: GraphQLContext,
    @Args('input', { type: () => RefreshSessionInput, nullable: true }) input?: RefreshSessionInput,
  ): Promise<AuthPayload> {
    const token = input?.refreshToken ?? context.req.cookies?.[REFRESH_COOKIE];
    try {
      const payload = await this.auth.refresh(token, clientOf(context.req));
      setAuthCookies(context.res, payload, this.config.cookieSecure);
      // A client that holds its token itself gets the next one; a browser keeps it in the cookie only.
      return input?.refreshToken ? payload : withoutRefreshToken(payload);
    } catch (error) {
      clearAuthCookies(context.res, this.config.cookieSecure);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookies' })
  async signOut(@OptionalActor() actor: Actor | undefined, @Context() context: GraphQLContext): Promise<boolean> {
    await this.auth.signOut(actor, context.req.cookies?.[REFRESH_COOKIE]);
    clearAuthCookies(context.res, this.config.cookieSecure);
    return true;
  }
}

@Resolver(() => SessionInfo)
export class SessionsResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => [SessionInfo], { description: 'The signed-in person’s sessions (browsers and clients) still open' })
  mySessions(@CurrentActor() actor: Actor) {
    return this.auth.listSessions(actor);
  }

  @Mutation(() => Boolean, { description: 'Ends one of one’s own sessions; its live connections close' })
  revokeSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.auth.revokeSession(actor, id);
  }

  @Mutation(() => Int, { description: 'Ends every session of one’s own but this one; answers how many ended' })
  revokeOtherSessions(@CurrentActor() actor: Actor) {
    return this.auth.revokeOtherSessions(actor);
  }
}
