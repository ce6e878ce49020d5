import { clientOf } from '../../common/client-context.js';
import { Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import { Inject } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor, type GraphQLContext, Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuthService } from '../auth/auth.service.js';
import { AuthPayload, withoutRefreshToken } from '../auth/auth.types.js';
import { setAuthCookies } from '../auth/cookies.js';
import { Organization } from '../organizations/organization.entity.js';
import { Invitation } from './invitation.entity.js';
import { AcceptInvitationInput, InvitationPreview, InviteUserInput, InviteUserPayload } from './invitations.types.js';
import { InvitationsService } from './invitations.service.js';

const InvitationConnection = ConnectionType(Invitation, 'Invitation');

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly auth: AuthService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Mutation(() => InviteUserPayload, {
    description: 'Invites someone to an organization: admins, coordinators, or organization admins for their own',
  })
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput) {
    return this.service.invite(actor, input);
  }

  @Mutation(() => InviteUserPayload, {
    description: 'Sends a pending invitation again with a new link; the previous link stops working',
  })
  resendInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.resend(actor, id);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a pending invitation; its link stops working' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(actor, id);
  }

  @Query(() => InvitationConnection, { description: 'Pending invitations, of one organization or of all' })
  invitations(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ) {
    return this.service.listPending(actor, organizationId, readPage(page));
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What a pending invitation token invites to' })
  invitation(@Args('token') token: string, @Context() context: GraphQLContext) {
    return this.service.preview(token, clientOf(context.req).ipAddress);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates the account of an invitation and signs it in' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: GraphQLContext) {
    const client = clientOf(context.req);
    const user = await this.service.accept(input, client);
    context.req.signedInUserId = user.id;
    const payload = await this.auth.startSession(user, client);
    setAuthCookies(context.res, payload, this.config.cookieSecure);
    return withoutRefreshToken(payload);
  }

  @ResolveField(() => Organization)
  organization(invitation: Invitation, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(invitation.organizationId);
  }
}
