import { Field, Float, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { AssistanceRequestStatusEnum } from '../../common/graphql-enums.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { DashboardService, type Quarter } from './dashboard.service.js';

@ObjectType({ description: 'Submitted requests now in one status' })
export class StatusPipeline {
  @Field(() => AssistanceRequestStatusEnum)
  status: AssistanceRequestStatus;

  @Field(() => Int)
  requests: number;

  @Field(() => Float, { description: 'The median time they have been in it' })
  medianSecondsInStatus: number;

  @Field(() => Int, { description: 'Past their deadline' })
  overdue: number;
}

@ObjectType({ description: 'Request deadlines decided in a quarter: met in time, or missed' })
export class QuarterSlaCompliance {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => Int)
  met: number;

  @Field(() => Int)
  missed: number;
}

@ObjectType({ description: 'Cash pledged and received in a quarter (in kind apart)' })
export class QuarterFunding {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;

  @Field(() => Float)
  pledgedUsd: number;

  @Field(() => Float)
  receivedUsd: number;
}

@ObjectType({ description: 'The dashboard’s trends, up to a quarter' })
export class Dashboard {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  quarter: number;
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => Dashboard, { description: 'For the Compact’s entities and coordinators' })
  dashboard(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
  ): Dashboard {
    this.service.check(actor, { year, quarter });
    return { year, quarter };
  }

  @ResolveField(() => [StatusPipeline], { description: 'Submitted requests by status, now' })
  requestPipeline(_parent: unknown, _args: unknown, context: GraphQLContext) {
    return this.service.requestPipeline(actorIn(context));
  }

  @ResolveField(() => [QuarterSlaCompliance], { description: 'The last four quarters, oldest first' })
  slaCompliance(dashboard: Quarter, _args: unknown, context: GraphQLContext) {
    return this.service.slaCompliance(actorIn(context), dashboard);
  }

  @ResolveField(() => [QuarterFunding], { description: 'The last eight quarters, oldest first' })
  fundingTrend(dashboard: Quarter, _args: unknown, context: GraphQLContext) {
    return this.service.fundingTrend(actorIn(context), dashboard);
  }
}
