import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { REFRESH_COOKIE } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { unauthenticated } from '../../common/errors.js';
import { clientAddress, type GraphQLContext, OptionalActor, Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuthService, type ClientInfo } from './auth.service.js';
import { AuthPayload, RefreshSessionInput, SignInInput } from './auth.types.js';
import { clearAuthCookies, setAuthCookies } from './cookies.js';
import { PasswordSignInGuard } from './guards.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @UseGuards(PasswordSignInGuard)
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password; also sets httpOnly cookies' })
  async signIn(@Args('input') _input: SignInInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    const user = context.req.passwordVerifiedUser;
    if (!user) throw unauthenticated();
    const payload = await this.auth.startSession(user, clientOf(context));
    setAuthCookies(context.res, payload, this.config.cookieSecure);
    return payload;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh token (input or cookie) for new tokens' })
  async refreshSession(
    @Context() context: GraphQLContext,
    @Args('input', { type: () => RefreshSessionInput, nullable: true }) input?: RefreshSessionInput,
  ): Promise<AuthPayload> {
    const token = input?.refreshToken ?? context.req.cookies?.[REFRESH_COOKIE];
    try {
      const payload = await this.auth.refresh(token, clientOf(context));
      setAuthCookies(context.res, payload, this.config.cookieSecure);
      return payload;
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

function clientOf(context: GraphQLContext): ClientInfo {
  return { ipAddress: clientAddress(context.req), userAgent: context.req.get('user-agent') ?? null };
}
