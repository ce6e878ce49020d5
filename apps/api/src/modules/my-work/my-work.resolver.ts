import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor } from '../../common/request-context.js';
import { ActivityConnection } from '../activities/activities.resolver.js';
import { AssistanceRequestConnection } from '../assistance-requests/assistance-requests.resolver.js';
import { ThreadConnection } from '../discussions/discussions.resolver.js';
import { myWorkSideOf } from '../policy/my-work.js';
import { ProjectConnection, ProjectMilestoneConnection } from '../projects/projects.resolver.js';
import { MyWorkService } from './my-work.service.js';
import { MyWork } from './my-work.types.js';

const block = (description: string) => ({ nullable: true, description });

@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(private readonly service: MyWorkService) {}

  @Query(() => MyWork, { description: 'The signed-in person’s work, for their home page' })
  myWork(@CurrentActor() actor: Actor): MyWork {
    return { side: myWorkSideOf(actor) };
  }

  @ResolveField(() => AssistanceRequestConnection, block('Submitted or under review, overdue first'))
  requestsToTriage(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'requestsToTriage', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('Under review with an offer standing'))
  offersToReview(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'offersToReview', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('Matched and not started for two weeks or more'))
  stalledMatches(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'stalledMatches', readPage(page));
  }

  @ResolveField(
    () => AssistanceRequestConnection,
    block('Past their deadline: all for coordinators, the State’s own, those an entity leads or partners in'),
  )
  overdueRequests(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'overdueRequests', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('The State’s requests still under way, drafts included'))
  stateRequests(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'stateRequests', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('The State’s requests with an offer standing'))
  offersReceived(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'offersReceived', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('Under review in the entity’s scope, not yet offered on'))
  openForOffer(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'openForOffer', readPage(page));
  }

  @ResolveField(() => AssistanceRequestConnection, block('Matched to the entity, as lead or partner, until closed'))
  assignedRequests(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.requestBlock(actor, 'assignedRequests', readPage(page));
  }

  @ResolveField(() => ProjectConnection, block('Suspended, or planned or active with a milestone late'))
  projectsAtRisk(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.projectBlock(actor, 'projectsAtRisk', readPage(page));
  }

  @ResolveField(() => ProjectConnection, block('Planned or active projects the entity leads or partners in'))
  entityProjects(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.projectBlock(actor, 'entityProjects', readPage(page));
  }

  @ResolveField(() => ProjectMilestoneConnection, block('Pending milestones late or due within 14 days'))
  milestonesDue(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.milestonesDue(actor, readPage(page));
  }

  @ResolveField(() => ActivityConnection, block('Activities to come in the State’s country'))
  plannedActivities(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.plannedActivities(actor, readPage(page));
  }

  @ResolveField(() => ThreadConnection, {
    description:
      'Threads with posts not read yet: in a coordinator’s workspaces (but requests’), a State’s request discussions, an entity’s working groups',
  })
  unreadThreads(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.unreadThreads(actor, readPage(page));
  }
}
