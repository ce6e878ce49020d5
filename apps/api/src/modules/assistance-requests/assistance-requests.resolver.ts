import { Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import { AssistanceRequestStatusEnum } from '../../common/graphql-enums.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Thread } from '../discussions/thread.entity.js';
import { renderMarkdown } from '../discussions/markdown.js';
import { Organization } from '../organizations/organization.entity.js';
import { Project } from '../projects/project.entity.js';
import { BREAK_GLASS_MINUTES, mayReadMarkedAsParty } from '../policy/classification.js';
import {
  allowedTransitions,
  mayAcknowledgeAssistanceRequest,
  mayEditAssistanceRequest,
  mayLowerAssistanceRequestMarking,
  mayRaiseAssistanceRequestMarking,
  mayGiveAssistanceFeedback,
  mayMatchAssistanceRequest,
  mayOfferAssistance,
  mayReadAssistanceRequest,
  maySeeAcknowledgement,
  maySeeOffer,
  maySeeSharedEntities,
  mayWidenAssistanceRequestSharing,
} from '../policy/assistance-requests.js';
import { Author } from '../users/author.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import {
  AssistanceOffer,
  AssistanceRequest,
  AssistanceRequestAcknowledgement,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import { ParticipantCandidatesArgs } from '../discussions/discussions.inputs.js';
import {
  AssistanceFeedbackInput,
  AssistanceRequestFilter,
  BreakGlassOnAssistanceRequestInput,
  ChangeAssistanceRequestClassificationInput,
  LinkAssistanceRequestToProjectInput,
  MatchAssistanceRequestInput,
  OfferAssistanceInput,
  SubmitAssistanceRequestInput,
  TransitionAssistanceRequestInput,
  UpdateAssistanceRequestInput,
  WidenAssistanceRequestSharingInput,
} from './assistance-requests.inputs.js';
import { AssistanceOffersService } from './assistance-offers.service.js';
import { AssistanceRequestAcknowledgements } from './assistance-request-acknowledgements.js';
import { AssistanceRequestMarkings } from './assistance-request-markings.js';
import { AssistanceRequestQueries } from './assistance-request-queries.service.js';
import { AssistanceRequestsService } from './assistance-requests.service.js';
import { reference } from './labels.js';
import { timeInStatus } from './clocks.js';

export const AssistanceRequestConnection = ConnectionType(AssistanceRequest, 'AssistanceRequest');

@ObjectType({ description: 'How long a request has spent in one status, all visits together' })
export class StatusDuration {
  @Field(() => AssistanceRequestStatusEnum)
  status: AssistanceRequestStatus;

  @Field(() => Int)
  seconds: number;

  @Field({ description: 'The request is in this status now' })
  current: boolean;
}

/** The request's facts and every acknowledgement of it, from the request's DataLoaders. */
async function acknowledgementsOf(request: AssistanceRequest, context: GraphQLContext) {
  const [facts, acknowledgements] = await Promise.all([
    context.loaders.assistanceRequestFacts.load(request),
    context.loaders.assistanceRequestAcknowledgements.load(request.id),
  ]);
  return { facts, acknowledgements };
}

@Resolver(() => AssistanceRequest)
export class AssistanceRequestsResolver {
  constructor(
    private readonly service: AssistanceRequestsService,
    private readonly queries: AssistanceRequestQueries,
    private readonly offerService: AssistanceOffersService,
    private readonly acknowledgementService: AssistanceRequestAcknowledgements,
    private readonly markings: AssistanceRequestMarkings,
  ) {}

  @Query(() => AssistanceRequestConnection, {
    description: 'The requests the viewer may read, most recently changed first',
  })
  assistanceRequests(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AssistanceRequestFilter, nullable: true }) filter: AssistanceRequestFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.queries.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => AssistanceRequest)
  assistanceRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.queries.get(actor, id);
  }

  @Mutation(() => AssistanceRequest, {
    description: 'A State’s focal point creates a request, as a draft or submitted',
  })
  submitAssistanceRequest(@CurrentActor() actor: Actor, @Args('input') input: SubmitAssistanceRequestInput) {
    return this.service.submit(actor, input);
  }

  @Mutation(() => AssistanceRequest)
  updateAssistanceRequest(@CurrentActor() actor: Actor, @Args('input') input: UpdateAssistanceRequestInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => AssistanceRequest, {
    description:
      'The State shares a submitted request with more entities, never fewer; those it now reaches hear of it',
  })
  widenAssistanceRequestSharing(
    @CurrentActor() actor: Actor,
    @Args('input') input: WidenAssistanceRequestSharingInput,
  ) {
    return this.service.widenSharing(actor, input);
  }

  @Mutation(() => AssistanceRequest, { description: 'Moves a request along its workflow, if the viewer may' })
  transitionAssistanceRequest(@CurrentActor() actor: Actor, @Args('input') input: TransitionAssistanceRequestInput) {
    return this.service.transition(actor, input);
  }

  @Mutation(() => AssistanceRequest, { description: 'Coordinators name the lead entity and partners' })
  matchAssistanceRequest(@CurrentActor() actor: Actor, @Args('input') input: MatchAssistanceRequestInput) {
    return this.service.match(actor, input);
  }

  @Mutation(() => AssistanceOffer)
  offerAssistance(@CurrentActor() actor: Actor, @Args('input') input: OfferAssistanceInput) {
    return this.offerService.offer(actor, input);
  }

  @Mutation(() => AssistanceOffer, { description: 'Withdraws the offer of the viewer’s organization' })
  withdrawAssistanceOffer(@CurrentActor() actor: Actor, @Args('requestId', { type: () => ID }) requestId: string) {
    return this.offerService.withdrawOffer(actor, requestId);
  }

  @Mutation(() => AssistanceRequest, {
    description: 'A Compact entity says it has seen the request, once per organization, while the request is open',
  })
  acknowledgeAssistanceRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.acknowledgementService.acknowledge(actor, id);
  }

  @Mutation(() => AssistanceRequest, { description: 'Coordinators link a request to the project delivering it' })
  linkAssistanceRequestToProject(
    @CurrentActor() actor: Actor,
    @Args('input') input: LinkAssistanceRequestToProjectInput,
  ) {
    return this.service.linkProject(actor, input);
  }

  @Mutation(() => AssistanceRequest, { description: 'The State rates the delivered assistance (and may close)' })
  giveAssistanceFeedback(@CurrentActor() actor: Actor, @Args('input') input: AssistanceFeedbackInput) {
    return this.service.giveFeedback(actor, input);
  }

  @Mutation(() => AssistanceRequest, {
    description:
      'Raises (the State, coordinators) or lowers (the State) a request’s marking with a reason, or changes who is named on a STRICTLY_CONFIDENTIAL one; audited',
  })
  changeAssistanceRequestClassification(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeAssistanceRequestClassificationInput,
  ) {
    return this.markings.change(actor, input);
  }

  @Mutation(() => AssistanceRequest, {
    description: `Platform admins read a STRICTLY_CONFIDENTIAL request they are not named on for ${BREAK_GLASS_MINUTES} minutes; audited`,
  })
  breakGlassOnAssistanceRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: BreakGlassOnAssistanceRequestInput,
  ) {
    return this.markings.breakGlass(actor, input);
  }

  // The parent request was authorized by the query that returned it.

  @ResolveField(() => Boolean, { description: 'The viewer reads it through a break-glass grant (read-only)' })
  async viewerReadsByBreakGlass(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return !mayReadAssistanceRequest(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }

  @ResolveField(() => [Author], {
    description: 'The people named on a STRICTLY_CONFIDENTIAL request, its author among them; empty otherwise',
  })
  async participants(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (request.classification !== 'STRICTLY_CONFIDENTIAL') return [];
    const facts = await context.loaders.assistanceRequestFacts.load(request);
    return Promise.all(
      facts.participants.map((person) => context.loaders.viewer(actor).author(person.userId, 'PRIVATE')),
    );
  }

  @ResolveField(() => [Author], {
    description: 'Whom a STRICTLY_CONFIDENTIAL request may name: who would read it were it CONFIDENTIAL',
  })
  async participantCandidates(
    @CurrentActor() actor: Actor,
    @Parent() request: AssistanceRequest,
    @Args() args: ParticipantCandidatesArgs,
    @Context() context: GraphQLContext,
  ): Promise<Author[]> {
    const people = await this.markings.candidates(actor, request.id, args.query ?? null, args.first);
    const authors = await Promise.all(
      people.map((person) => context.loaders.viewer(actor).author(person.id, 'PRIVATE')),
    );
    return authors.filter((author) => author.person !== null);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may raise the marking' })
  async viewerCanRaiseClassification(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return (
      request.classification !== 'STRICTLY_CONFIDENTIAL' &&
      mayRaiseAssistanceRequestMarking(actor, await context.loaders.assistanceRequestFacts.load(request))
    );
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer may lower the marking, and change who is named on a STRICTLY_CONFIDENTIAL request',
  })
  async viewerCanLowerClassification(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return (
      request.classification !== 'UNCLASSIFIED' &&
      mayLowerAssistanceRequestMarking(actor, await context.loaders.assistanceRequestFacts.load(request))
    );
  }

  @ResolveField(() => String, { description: 'AR-0042' })
  reference(request: AssistanceRequest) {
    return reference(request);
  }

  @ResolveField(() => String, { description: 'The description rendered to safe HTML' })
  descriptionHtml(request: AssistanceRequest) {
    return renderMarkdown(request.description);
  }

  @ResolveField(() => Organization)
  requestingState(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(request.requestingStateId);
  }

  @ResolveField(() => User)
  createdBy(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return context.loaders.user.load(request.createdById);
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  workingGroup(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return request.workingGroupId ? context.loaders.workingGroup.load(request.workingGroupId) : null;
  }

  @ResolveField(() => [Organization], {
    description: 'The entities named by the State (scope NAMED_ENTITIES); shown to the State and coordinators',
  })
  async sharedEntities(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (!maySeeSharedEntities(actor, request)) return [];
    const facts = await context.loaders.assistanceRequestFacts.load(request);
    return context.loaders.organization.loadMany(facts.sharedEntityIds);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project delivering it, if the viewer may read it' })
  project(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return request.projectId ? context.loaders.viewer(actorIn(context)).readableProject.load(request.projectId) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  leadEntity(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return request.leadEntityId ? context.loaders.organization.load(request.leadEntityId) : null;
  }

  @ResolveField(() => [Organization])
  async partnerEntities(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const facts = await context.loaders.assistanceRequestFacts.load(request);
    return context.loaders.organization.loadMany(facts.partnerEntityIds);
  }

  @ResolveField(() => [AssistanceOffer], {
    description: 'Coordinators and the State see every offer; an entity, its own organization’s',
  })
  async offers(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const [facts, offers] = await Promise.all([
      context.loaders.assistanceRequestFacts.load(request),
      context.loaders.assistanceOffers.load(request.id),
    ]);
    return offers.filter((offer) => maySeeOffer(actor, facts, offer));
  }

  @ResolveField(() => AssistanceOffer, { nullable: true, description: 'The offer of the viewer’s organization' })
  async viewerOffer(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const offers = await context.loaders.assistanceOffers.load(request.id);
    return offers.find((offer) => offer.organizationId === actor.organizationId) ?? null;
  }

  @ResolveField(() => [AssistanceRequestAcknowledgement], {
    description: 'The entities that have seen it, first first: coordinators and the State see all; an entity, its own',
  })
  async acknowledgements(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { facts, acknowledgements } = await acknowledgementsOf(request, context);
    return acknowledgements.filter((acknowledgement) => maySeeAcknowledgement(actor, facts, acknowledgement));
  }

  @ResolveField(() => Boolean, { description: 'The viewer may say their organization has seen it, and it has not yet' })
  async viewerCanAcknowledge(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const { facts, acknowledgements } = await acknowledgementsOf(request, context);
    return (
      mayAcknowledgeAssistanceRequest(actor, facts) &&
      !acknowledgements.some((acknowledgement) => acknowledgement.organizationId === actor.organizationId)
    );
  }

  @ResolveField(() => [AssistanceRequestTransition], { description: 'Every step, oldest first' })
  timeline(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return context.loaders.assistanceRequestTransitions.load(request.id);
  }

  @ResolveField(() => [StatusDuration], { description: 'Time spent in each status, in the order first reached' })
  async timeInStatus(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const steps = await context.loaders.assistanceRequestTransitions.load(request.id);
    return timeInStatus(steps, new Date());
  }

  @ResolveField(() => Boolean, {
    description: 'Waiting for review or for a match longer than the working days allowed',
  })
  overdue(request: AssistanceRequest) {
    return request.slaDueAt !== null && request.slaDueAt.getTime() < Date.now();
  }

  @ResolveField(() => Thread, {
    nullable: true,
    description: 'The request’s private discussion, for those taking part in it',
  })
  async discussion(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (!request.workspaceId || !request.threadId) return null;
    const loaders = context.loaders.viewer(actor);
    const access = await loaders.workspaceAccess.load(request.workspaceId);
    if (!access.read) return null;
    // The discussion is a thread like any other: a marking raised on it keeps it from those below it.
    const thread = await context.loaders.thread.load(request.threadId);
    return mayReadMarkedAsParty(actor, access, await loaders.threadMarking.load(thread)) ? thread : null;
  }

  @ResolveField(() => [AssistanceRequestStatusEnum], {
    description: 'Statuses the viewer may move the request to (transitionAssistanceRequest)',
  })
  async viewerTransitions(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return allowedTransitions(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }

  @ResolveField(() => Boolean)
  async viewerCanEdit(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return mayEditAssistanceRequest(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }

  @ResolveField(() => Boolean)
  async viewerCanMatch(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return mayMatchAssistanceRequest(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }

  @ResolveField(() => Boolean, { description: 'The viewer may share the submitted request with more entities' })
  async viewerCanWidenSharing(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return mayWidenAssistanceRequestSharing(
      actorIn(context),
      await context.loaders.assistanceRequestFacts.load(request),
    );
  }

  @ResolveField(() => Boolean, { description: 'The viewer may make or change their organization’s offer' })
  async viewerCanOffer(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return mayOfferAssistance(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }

  @ResolveField(() => Boolean)
  async viewerCanGiveFeedback(request: AssistanceRequest, _args: unknown, context: GraphQLContext) {
    return mayGiveAssistanceFeedback(actorIn(context), await context.loaders.assistanceRequestFacts.load(request));
  }
}

@Resolver(() => Project)
export class ProjectRequestsResolver {
  constructor(private readonly queries: AssistanceRequestQueries) {}

  /** Of the requests the project delivers, those the viewer may read. */
  @ResolveField(() => AssistanceRequestConnection)
  assistanceRequests(@CurrentActor() actor: Actor, @Parent() project: Project, @Args() page: PageArgs) {
    return this.queries.list(actor, { projectId: project.id }, readPage(page));
  }
}

@Resolver(() => AssistanceOffer)
export class AssistanceOffersResolver {
  @ResolveField(() => Organization)
  organization(offer: AssistanceOffer, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(offer.organizationId);
  }

  @ResolveField(() => Author)
  author(offer: AssistanceOffer, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).author(offer.authorId, null);
  }

  @ResolveField(() => String)
  noteHtml(offer: AssistanceOffer) {
    return renderMarkdown(offer.note);
  }
}

@Resolver(() => AssistanceRequestAcknowledgement)
export class AssistanceRequestAcknowledgementsResolver {
  @ResolveField(() => Organization)
  organization(acknowledgement: AssistanceRequestAcknowledgement, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(acknowledgement.organizationId);
  }
}

@Resolver(() => AssistanceRequestTransition)
export class AssistanceRequestTransitionsResolver {
  @ResolveField(() => User)
  actor(step: AssistanceRequestTransition, _args: unknown, context: GraphQLContext) {
    return context.loaders.user.load(step.actorId);
  }
}
