import { Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Language } from '@ctcp/shared';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { LanguageEnum } from '../../common/graphql-enums.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { accessTokenFromRequest } from '../auth/strategies.js';
import { renderMarkdown } from '../discussions/markdown.js';
import { Thread } from '../discussions/thread.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import {
  mayEditGovernanceBodies,
  mayManageMeetings,
  mayPublishQuarterlyReport,
  mayReadMeetings,
} from '../policy/governance.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { GovernanceBody, GovernanceBodyMember } from './governance-body.entity.js';
import {
  CreateGovernanceBodyInput,
  MeetingFilter,
  RecordMeetingOutcomeInput,
  RemoveGovernanceBodyMemberInput,
  ScheduleMeetingInput,
  SetGovernanceBodyMemberInput,
  UpdateMeetingInput,
} from './governance.inputs.js';
import { GovernanceService } from './governance.service.js';
import { Meeting } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';
import { ReportPublishingService } from './report-publishing.service.js';

const MeetingConnection = ConnectionType(Meeting, 'Meeting');

/** The role of the viewer's organization on the body, from the body's members (one load per request). */
async function viewerOrganizationRole(actor: Actor, body: GovernanceBody, context: GraphQLContext) {
  const members = await context.loaders.governanceBodyMembers.load(body.id);
  return members.find((member) => member.organizationId === actor.organizationId)?.role ?? null;
}

@Resolver(() => GovernanceBody)
export class GovernanceBodiesResolver {
  constructor(
    private readonly service: GovernanceService,
    private readonly meetingsService: MeetingsService,
    private readonly publishing: ReportPublishingService,
  ) {}

  @Query(() => [GovernanceBody], { description: 'Every body: who sits on them is public reference data' })
  governanceBodies(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => GovernanceBody)
  governanceBody(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => GovernanceBody, { description: 'Platform admins add a body, with its own private workspace' })
  createGovernanceBody(@CurrentActor() actor: Actor, @Args('input') input: CreateGovernanceBodyInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => GovernanceBodyMember, {
    description: 'Platform admins seat an organization on a body or change its role; its workspace follows',
  })
  setGovernanceBodyMember(@CurrentActor() actor: Actor, @Args('input') input: SetGovernanceBodyMemberInput) {
    return this.service.setMember(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Platform admins take an organization off a body and out of its workspace' })
  removeGovernanceBodyMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveGovernanceBodyMemberInput) {
    return this.service.removeMember(actor, input);
  }

  @Mutation(() => Thread, {
    description:
      'Posts the quarter’s report with its PDF (printed in the viewer’s language) as a new thread in the body’s workspace',
  })
  publishQuarterlyReport(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Context() context: GraphQLContext,
  ) {
    const req = context.req;
    return this.publishing.publish(actor, year, quarter, bodyId, {
      origin: `http://127.0.0.1:${req.socket.localPort}`,
      accessToken: accessTokenFromRequest(req)!,
    });
  }

  // Bodies are readable by every signed-in person; their meetings and workspace only by the workspace's readers.

  @ResolveField(() => String, { description: "The name in `language` (else in English), by default the viewer's" })
  name(
    @Parent() body: GovernanceBody,
    @Context() context: GraphQLContext,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language: Language | null,
  ): string {
    return body.names[language ?? context.req.user?.language ?? 'en'] ?? body.names.en;
  }

  @ResolveField(() => String, { nullable: true, description: 'The name given in `language`, if any (for editing)' })
  givenName(
    @Parent() body: GovernanceBody,
    @Args('language', { type: () => LanguageEnum }) language: Language,
  ): string | null {
    return body.names[language] ?? null;
  }

  @ResolveField(() => Workspace, { nullable: true, description: 'Null when the viewer may not read it' })
  async workspace(body: GovernanceBody, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load(body.workspaceId);
    return access.read ? context.loaders.workspace.load(body.workspaceId) : null;
  }

  @ResolveField(() => [GovernanceBodyMember], { description: 'Chair first, then secretariat, members and guests' })
  members(body: GovernanceBody, _args: unknown, context: GraphQLContext) {
    return context.loaders.governanceBodyMembers.load(body.id);
  }

  @ResolveField(() => Meeting, {
    nullable: true,
    description: 'The next meeting not yet over, if the viewer may read the body’s meetings',
  })
  async nextMeeting(body: GovernanceBody, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const access = await context.loaders.viewer(actor).workspaceAccess.load(body.workspaceId);
    return mayReadMeetings(access) ? context.loaders.nextMeeting.load(body.id) : null;
  }

  @ResolveField(() => MeetingConnection, {
    description: 'upcoming: scheduled meetings not yet over, soonest first; otherwise every meeting, the latest first',
  })
  meetings(
    @CurrentActor() actor: Actor,
    @Parent() body: GovernanceBody,
    @Args('upcoming', { type: () => Boolean, nullable: true }) upcoming: boolean | null,
    @Args() page: PageArgs,
  ) {
    return this.meetingsService.list(actor, { bodyId: body.id, upcoming }, readPage(page));
  }

  @ResolveField(() => Boolean)
  async viewerMayScheduleMeeting(body: GovernanceBody, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const [access, role] = await Promise.all([
      context.loaders.viewer(actor).workspaceAccess.load(body.workspaceId),
      viewerOrganizationRole(actor, body, context),
    ]);
    return mayManageMeetings(actor, access, role);
  }

  @ResolveField(() => Boolean, { description: 'Platform admins edit who sits on the body' })
  viewerMayEditMembers(_parent: unknown, _args: unknown, context: GraphQLContext): boolean {
    return mayEditGovernanceBodies(actorIn(context));
  }

  @ResolveField(() => Boolean, { description: 'The viewer may publish quarterly reports to this body' })
  async viewerMayPublishReports(body: GovernanceBody, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    return mayPublishQuarterlyReport(actor, await context.loaders.viewer(actor).workspaceAccess.load(body.workspaceId));
  }
}

@Resolver(() => GovernanceBodyMember)
export class GovernanceBodyMembersResolver {
  @ResolveField(() => Organization)
  organization(member: GovernanceBodyMember, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(member.organizationId);
  }
}

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Query(() => MeetingConnection, {
    description: 'Meetings of the bodies whose workspace the viewer reads; see MeetingFilter for the order',
  })
  meetings(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter: MeetingFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter ?? {}, readPage(page));
  }

  @Query(() => Meeting)
  meeting(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Meeting, {
    description: 'The body’s chair and secretariat, its workspace’s moderators and coordinators schedule a meeting',
  })
  scheduleMeeting(@CurrentActor() actor: Actor, @Args('input') input: ScheduleMeetingInput) {
    return this.service.schedule(actor, input);
  }

  @Mutation(() => Meeting, { description: 'Moves, corrects or cancels a meeting; its people are told of a change' })
  updateMeeting(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeetingInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => Meeting, { description: 'Records what the meeting decided and who attended; it is then HELD' })
  recordMeetingOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordMeetingOutcomeInput) {
    return this.service.recordOutcome(actor, input);
  }

  // The parent meeting was authorized by the query that returned it: its body's workspace is readable.

  @ResolveField(() => GovernanceBody)
  body(meeting: Meeting, _args: unknown, context: GraphQLContext) {
    return context.loaders.governanceBody.load(meeting.bodyId);
  }

  @ResolveField(() => [Attachment], { description: 'Files of the body’s workspace, in the order given' })
  documents(meeting: Meeting, _args: unknown, context: GraphQLContext) {
    return context.loaders.meetingDocuments.load(meeting.id);
  }

  @ResolveField(() => [Organization], { description: 'Recorded with the outcome; empty before' })
  async attendees(meeting: Meeting, _args: unknown, context: GraphQLContext) {
    const ids = await context.loaders.meetingAttendeeIds.load(meeting.id);
    const organizations = await context.loaders.organization.loadMany(ids);
    return organizations.filter((organization) => !(organization instanceof Error));
  }

  @ResolveField(() => String, { nullable: true, description: 'The outcome rendered to sanitized HTML' })
  outcomeHtml(meeting: Meeting): string | null {
    return meeting.outcome === null ? null : renderMarkdown(meeting.outcome);
  }

  @ResolveField(() => String, { description: 'Download link of the meeting as an iCalendar file (checks access)' })
  calendarUrl(meeting: Meeting): string {
    return `/exports/meetings/${meeting.id}/calendar.ics`;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may change, cancel and record the outcome of it' })
  async viewerMayManage(meeting: Meeting, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    const body = await context.loaders.governanceBody.load(meeting.bodyId);
    const [access, role] = await Promise.all([
      context.loaders.viewer(actor).workspaceAccess.load(body.workspaceId),
      viewerOrganizationRole(actor, body, context),
    ]);
    return mayManageMeetings(actor, access, role);
  }
}
