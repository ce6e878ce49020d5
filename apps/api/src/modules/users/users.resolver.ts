import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, readPage } from '../../common/pagination.js';
import { actorIn, AllowedBeforeTwoFactor, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { mayChangeRole, mayDisable, type PersonFacts } from '../policy/people.js';
import { NotificationPreferences, User } from './user.entity.js';
import {
  SetUserDisabledInput,
  SetUserRoleInput,
  SetUserUnitInput,
  UpdateMyProfileInput,
  UpdateNotificationPreferencesInput,
  UsersArgs,
} from './users.inputs.js';
import { UsersService } from './users.service.js';

const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @AllowedBeforeTwoFactor()
  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor) {
    return this.service.me(actor);
  }

  @Query(() => UserConnection, { description: 'People the viewer may see (need-to-know between States)' })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs) {
    return this.service.list(actor, args.filter ?? {}, readPage(args));
  }

  @Query(() => User)
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  // The language switcher saves the choice, on the page that asks for a second factor too.
  @AllowedBeforeTwoFactor()
  @Mutation(() => User, { description: "Changes the signed-in user's name or language" })
  updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyProfileInput) {
    return this.service.updateMyProfile(actor, input);
  }

  @Mutation(() => User, { description: 'Changes how the signed-in user hears of what concerns them' })
  updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ) {
    return this.service.updateNotificationPreferences(actor, input);
  }

  @Mutation(() => User, { description: 'Platform admins change a platform role or the organization-admin flag' })
  setUserRole(@CurrentActor() actor: Actor, @Args('input') input: SetUserRoleInput) {
    return this.service.setRole(actor, input);
  }

  @Mutation(() => User, { description: 'Disables (or enables again) an account; its sessions end at once' })
  setUserDisabled(@CurrentActor() actor: Actor, @Args('input') input: SetUserDisabledInput) {
    return this.service.setDisabled(actor, input);
  }

  @ResolveField(() => OrganizationUnit, {
    nullable: true,
    description: "The unit of the person's organization they work in",
  })
  unit(record: User, _args: unknown, context: GraphQLContext) {
    return record.unitId ? context.loaders.organizationUnit.load(record.unitId) : null;
  }

  @Mutation(() => User, {
    description: "Platform admins, and the organization's admins, place a person in a unit of its organization",
  })
  setUserUnit(@CurrentActor() actor: Actor, @Args('input') input: SetUserUnitInput) {
    return this.service.setUnit(actor, input);
  }

  @ResolveField(() => Organization)
  organization(user: User, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(user.organizationId);
  }

  @ResolveField(() => NotificationPreferences, {
    nullable: true,
    description: 'Only on the viewer’s own record: null on anyone else’s',
  })
  notificationPreferences(user: User, _args: unknown, context: GraphQLContext): NotificationPreferences | null {
    return user.id === actorIn(context).userId ? { emailFrequency: user.emailFrequency } : null;
  }

  @ResolveField(() => Boolean)
  disabled(user: User): boolean {
    return user.disabledAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may change this person’s role and organization-admin flag' })
  async viewerCanChangeRole(user: User, _args: unknown, context: GraphQLContext) {
    return mayChangeRole(actorIn(context), await personFacts(user, context));
  }

  @ResolveField(() => Boolean, { description: 'The viewer may disable (or enable again) this person’s account' })
  async viewerCanDisable(user: User, _args: unknown, context: GraphQLContext) {
    return mayDisable(actorIn(context), await personFacts(user, context));
  }
}

async function personFacts(user: User, context: GraphQLContext): Promise<PersonFacts> {
  const organization = await context.loaders.organization.load(user.organizationId);
  return { id: user.id, organizationId: user.organizationId, organizationKind: organization.kind, role: user.role };
}
