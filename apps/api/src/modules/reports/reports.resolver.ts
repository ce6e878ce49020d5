import { Field, Float, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { CountryActivity } from '../activities/activities.resolver.js';
import { Activity } from '../activities/activity.entity.js';
import { Agreement, Contribution } from '../funding/funding.entity.js';
import { DonorFunding } from '../funding/funding.resolver.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { ReportsService } from './reports.service.js';

@ObjectType({ description: 'Activities and people trained in one group (a pillar, a region, a type…)' })
export class Breakdown {
  @Field({ description: 'The pillar, the regional group (or ONLINE, OTHER), or the activity type' })
  key: string;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  individualsTrained: number;
}

@ObjectType({ description: 'Activities and people trained in one working group' })
export class WorkingGroupBreakdown {
  /** The working group's id. */
  key: string;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  individualsTrained: number;
}

@ObjectType({ description: 'The items of a working group’s work plans for the quarter’s half year, by status' })
export class WorkPlanProgress {
  /** The working group's id. */
  key: string;

  @Field(() => Int) notStarted: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) done: number;
  @Field(() => Int) dropped: number;
}

@ObjectType({ description: 'A quarter’s highlights, computed from the records' })
export class QuarterlyReport {
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field({ description: 'First day, YYYY-MM-DD' }) from: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) to: string;

  @Field(() => Int) workshopsOrganized: number;
  @Field(() => Int) individualsTrained: number;
  @Field(() => Int) activityCount: number;
  @Field(() => Int) participants: number;
  @Field(() => Int) participantsWomen: number;
  @Field(() => Float, { nullable: true, description: 'Women among participants, 0 to 1' }) womenShare: number | null;

  @Field(() => Float, { description: 'Pledged (not in kind) up to the quarter’s end' }) pledgedUsdToDate: number;
  @Field(() => Float, { description: 'Received (not in kind) up to the quarter’s end' }) receivedUsdToDate: number;
  @Field(() => Float, { description: 'In-kind contributions to date, reported apart' }) inKindUsdToDate: number;
  @Field(() => Int, { description: 'Donors of money to date' }) donorCountToDate: number;
  @Field(() => Float) receivedUsdInQuarter: number;

  @Field(() => [Activity], { description: 'Political leadership: high-level visits' }) highLevelVisits: Activity[];
  @Field(() => [Agreement], { description: 'Political leadership: action plans endorsed' }) endorsements: Agreement[];
  @Field(() => [Activity], { description: 'Highlights: launches' }) launches: Activity[];
  @Field(() => [Agreement], { description: 'Highlights: MOUs and agreements signed' }) agreementsSigned: Agreement[];
  @Field(() => [Activity], { description: 'Capacity building: the events named' }) capacityBuildingEvents: Activity[];
  @Field(() => [Contribution], { description: 'Money received in the quarter' }) fundingReceived: Contribution[];
  @Field(() => [DonorFunding], { description: 'Largest donors to date' }) topContributors: DonorFunding[];

  @Field(() => [Breakdown]) activitiesByPillar: Breakdown[];
  @Field(() => [WorkingGroupBreakdown]) activitiesByWorkingGroup: Breakdown[];
  @Field(() => [Breakdown], { description: 'Keyed by the host country’s regional group, ONLINE or OTHER' })
  activitiesByRegion: Breakdown[];
  @Field(() => [Breakdown]) activitiesByType: Breakdown[];
  @Field(() => [CountryActivity]) countriesReached: CountryActivity[];
  @Field(() => [WorkPlanProgress], {
    description: 'Work plan progress: per working group, the items of the plans whose half year holds the quarter',
  })
  workPlanProgress: WorkPlanProgress[];
}

@Resolver(() => QuarterlyReport)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Query(() => QuarterlyReport, { description: 'For the Compact’s entities and coordinators' })
  quarterlyReport(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
  ) {
    return this.service.quarterly(actor, year, quarter);
  }
}

@Resolver(() => WorkingGroupBreakdown)
export class WorkingGroupBreakdownResolver {
  @ResolveField(() => WorkingGroup)
  workingGroup(breakdown: WorkingGroupBreakdown, _args: unknown, context: GraphQLContext) {
    return context.loaders.workingGroup.load(breakdown.key);
  }
}

@Resolver(() => WorkPlanProgress)
export class WorkPlanProgressResolver {
  @ResolveField(() => WorkingGroup)
  workingGroup(progress: WorkPlanProgress, _args: unknown, context: GraphQLContext) {
    return context.loaders.workingGroup.load(progress.key);
  }
}
