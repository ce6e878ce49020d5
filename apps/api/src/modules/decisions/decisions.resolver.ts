import { ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { renderMarkdown } from '../discussions/markdown.js';
import { Organization } from '../organizations/organization.entity.js';
import { mayBreakSilence, mayProposeDecision, mayWithdrawDecision } from '../policy/decisions.js';
import { Author } from '../users/author.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { Decision, DecisionEvent, DecisionObjection } from './decision.entity.js';
import { BreakSilenceInput, DecisionFilter, ProposeDecisionInput } from './decisions.inputs.js';
import { DecisionsService } from './decisions.service.js';

const DecisionConnection = ConnectionType(Decision, 'Decision');

@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(private readonly service: DecisionsService) {}

  @Query(() => DecisionConnection, {
    description: 'Decisions in the workspaces the viewer may read: open ones by nearest deadline, then the newest',
  })
  decisions(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DecisionFilter, nullable: true }) filter: DecisionFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => Decision)
  decision(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Decision, {
    description:
      'Owners and moderators of a workspace, and coordinators, circulate a proposal to its parties; adopted at silenceUntil unless an organization objects',
  })
  proposeDecision(@CurrentActor() actor: Actor, @Args('input') input: ProposeDecisionInput) {
    return this.service.propose(actor, input);
  }

  @Mutation(() => Decision, {
    description: 'Objects for the viewer’s organization (once per organization), which breaks the silence',
  })
  breakSilence(@CurrentActor() actor: Actor, @Args('input') input: BreakSilenceInput) {
    return this.service.breakSilence(actor, input);
  }

  @Mutation(() => Decision, {
    description: 'The proposer, the workspace’s owners and moderators, and coordinators withdraw an open proposal',
  })
  withdrawDecision(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.withdraw(actor, id);
  }

  // The parent decision was authorized by the query that returned it: its workspace is readable.

  @ResolveField(() => Workspace)
  workspace(decision: Decision, _args: unknown, context: GraphQLContext) {
    return context.loaders.workspace.load(decision.workspaceId);
  }

  @ResolveField(() => String, { description: 'The text rendered to sanitized HTML, as posts are' })
  textHtml(decision: Decision): string {
    return renderMarkdown(decision.text);
  }

  @ResolveField(() => Author)
  async proposedBy(decision: Decision, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const workspace = await context.loaders.workspace.load(decision.workspaceId);
    return context.loaders.viewer(actor).author(decision.proposedById, workspace.visibility);
  }

  @ResolveField(() => [DecisionObjection], { description: 'Oldest first' })
  objections(decision: Decision, _args: unknown, context: GraphQLContext) {
    return context.loaders.decisionObjections.load(decision.id);
  }

  @ResolveField(() => [DecisionEvent], { description: 'Proposed, each objection, then adopted or withdrawn' })
  async timeline(decision: Decision, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const [workspace, objections] = await Promise.all([
      context.loaders.workspace.load(decision.workspaceId),
      context.loaders.decisionObjections.load(decision.id),
    ]);
    const author = (userId: string) => context.loaders.viewer(actor).author(userId, workspace.visibility);
    // Every author at once: the loaders batch them into one query per kind.
    const [proposer, objectors, withdrawer] = await Promise.all([
      author(decision.proposedById),
      Promise.all(objections.map((objection) => author(objection.userId))),
      decision.withdrawnById ? author(decision.withdrawnById) : null,
    ]);
    const events: DecisionEvent[] = [
      { kind: 'PROPOSED', at: decision.createdAt, by: proposer, reason: null },
      ...objections.map((objection, index) => ({
        kind: 'OBJECTED' as const,
        at: objection.createdAt,
        by: objectors[index],
        reason: objection.reason,
      })),
    ];
    if (decision.status === 'ADOPTED' && decision.closedAt) {
      events.push({ kind: 'ADOPTED', at: decision.closedAt, by: null, reason: null });
    }
    if (decision.status === 'WITHDRAWN' && decision.closedAt) {
      events.push({ kind: 'WITHDRAWN', at: decision.closedAt, by: withdrawer, reason: null });
    }
    return events;
  }

  @ResolveField(() => Boolean, { description: 'The viewer’s organization has objected' })
  async viewerOrganizationObjected(decision: Decision, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const objections = await context.loaders.decisionObjections.load(decision.id);
    return objections.some((objection) => objection.organizationId === actor.organizationId);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may object now, for their organization' })
  async viewerMayBreakSilence(decision: Decision, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const [access, objections] = await Promise.all([
      context.loaders.viewer(actor).workspaceAccess.load(decision.workspaceId),
      context.loaders.decisionObjections.load(decision.id),
    ]);
    const objected = objections.some((objection) => objection.organizationId === actor.organizationId);
    return mayBreakSilence(actor, access, decision, new Date(), objected);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may withdraw the proposal now' })
  async viewerMayWithdraw(decision: Decision, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load(decision.workspaceId);
    return mayWithdrawDecision(actor, access, decision);
  }
}

@Resolver(() => DecisionObjection)
export class DecisionObjectionsResolver {
  @ResolveField(() => Organization)
  organization(objection: DecisionObjection, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(objection.organizationId);
  }

  @ResolveField(() => Author, { description: 'Who objected, as far as the viewer may know them' })
  async by(objection: DecisionObjection, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const decision = await context.loaders.decision.load(objection.decisionId);
    const workspace = await context.loaders.workspace.load(decision.workspaceId);
    return context.loaders.viewer(actor).author(objection.userId, workspace.visibility);
  }
}

@Resolver(() => Workspace)
export class WorkspaceDecisionsResolver {
  /** The parent workspace was authorized by the query that returned it. */
  @ResolveField(() => Boolean, { description: 'The viewer may circulate a decision by silence procedure here' })
  async viewerMayProposeDecision(workspace: Workspace, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return mayProposeDecision(actor, await context.loaders.viewer(actor).workspaceAccess.load(workspace.id));
  }
}
