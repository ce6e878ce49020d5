import { clientOf } from '../../common/client-context.js';
import { Inject } from '@nestjs/common';
import { Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { AllowedBeforeTwoFactor, CurrentActor, type GraphQLContext, Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { User } from '../users/user.entity.js';
import { AuthService } from './auth.service.js';
import { AuthPayload, withoutRefreshToken } from './auth.types.js';
import { setAuthCookies } from './cookies.js';
import {
  CompleteSignInInput,
  TotpCodeInput,
  TotpConfirmation,
  TotpEnrolmentPayload,
  TwoFactorStatus,
} from './two-factor.types.js';
import { TwoFactorService } from './two-factor.service.js';

@Resolver(() => User)
export class TwoFactorResolver {
  constructor(
    private readonly twoFactors: TwoFactorService,
    private readonly auth: AuthService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'The second step of signIn for a person with two-factor sign-in: the code and the mfaToken',
  })
  async completeSignIn(@Args('input') input: CompleteSignInInput, @Context() context: GraphQLContext) {
    const client = clientOf(context.req);
    const user = await this.twoFactors.completeChallenge(input.mfaToken, input.code, client);
    context.req.signedInUserId = user.id;
    const payload = await this.auth.startSession(user, client);
    setAuthCookies(context.res, payload, this.config.cookieSecure);
    return input.returnRefreshToken ? payload : withoutRefreshToken(payload);
  }

  @AllowedBeforeTwoFactor()
  @Mutation(() => TotpEnrolmentPayload, {
    description: 'Starts turning on two-factor sign-in: a new secret for an authenticator app, until confirmTotp',
  })
  enrollTotp(@CurrentActor() actor: Actor) {
    return this.twoFactors.enroll(actor);
  }

  @AllowedBeforeTwoFactor()
  @Mutation(() => TotpConfirmation, { description: 'Turns two-factor sign-in on with a first code from the app' })
  async confirmTotp(@CurrentActor() actor: Actor, @Args('input') input: TotpCodeInput): Promise<TotpConfirmation> {
    return { recoveryCodes: await this.twoFactors.confirm(actor, input.code) };
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off, given a current code or a recovery code' })
  disableTotp(@CurrentActor() actor: Actor, @Args('input') input: TotpCodeInput) {
    return this.twoFactors.disable(actor, input.code);
  }

  @ResolveField(() => TwoFactorStatus, {
    nullable: true,
    description: 'Only on the viewer’s own record (also in the answer that signs them in)',
  })
  async twoFactor(user: User, _args: unknown, context: GraphQLContext): Promise<TwoFactorStatus | null> {
    const viewerId = context.req.user?.userId ?? context.req.signedInUserId;
    if (user.id !== viewerId) return null;
    const status = await this.twoFactors.status(user.id);
    return { ...status, required: this.config.requireMfaRoles.includes(user.role) };
  }
}
