import { clientOf } from '../../common/client-context.js';
import { Context, Mutation, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { CurrentActor, type GraphQLContext, Public } from '../../common/request-context.js';
import { ChangePasswordInput, ResetPasswordInput } from './password-resets.types.js';
import { PasswordResetsService } from './password-resets.service.js';

@Resolver()
export class PasswordResetsResolver {
  constructor(private readonly service: PasswordResetsService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a single-use link to set a new password, if the address has an account; always answers true',
  })
  requestPasswordReset(@Args('email') email: string, @Context() context: GraphQLContext) {
    return this.service.request(email, clientOf(context.req).ipAddress);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the link of the reset mail; ends every session' })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: GraphQLContext) {
    return this.service.reset(input, clientOf(context.req));
  }

  @Mutation(() => Boolean, { description: 'Changes the viewer’s password; ends their other sessions' })
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput) {
    return this.service.change(actor, input);
  }
}
