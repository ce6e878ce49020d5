import { Field, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventFilter } from './audit.inputs.js';
import { type AuditChainReport, AuditService } from './audit.service.js';

const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@ObjectType({ description: 'The result of checking every link of the audit trail’s hash chain' })
class AuditChainVerification implements AuditChainReport {
  @Field({ description: 'True when every sealed row matches its hash and follows the one before' })
  ok: boolean;

  @Field(() => Int, { description: 'Rows checked' })
  checked: number;

  @Field(() => ID, { nullable: true, description: 'The first row that does not match, if any' })
  firstBrokenId: string | null;
}

@Resolver(() => AuditEvent)
export class AuditEventsResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first: all of it for admins, their own people’s for organization admins',
  })
  auditEvents(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Mutation(() => AuditChainVerification, {
    description: 'Seals the latest events into the hash chain and checks every link (admins)',
  })
  verifyAuditChain(@CurrentActor() actor: Actor) {
    return this.service.verify(actor);
  }

  // The parent event was authorized by the query that returned it (its actor is of the reader's scope).

  @ResolveField(() => User, { nullable: true, description: 'Who acted; none for the system' })
  actor(event: AuditEvent, _args: unknown, context: GraphQLContext) {
    return event.actorId ? context.loaders.user.load(event.actorId) : null;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The actor’s organization when they acted' })
  organization(event: AuditEvent, _args: unknown, context: GraphQLContext) {
    return event.organizationId ? context.loaders.organization.load(event.organizationId) : null;
  }

  @ResolveField(() => String, { description: 'What changed, as a JSON object' })
  details(event: AuditEvent): string {
    return JSON.stringify(event.details);
  }
}
