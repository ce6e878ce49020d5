import { Field, Float, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { actorIn, CurrentActor, type GraphQLContext } from '../../common/request-context.js';
import { Organization } from '../organizations/organization.entity.js';
import { Project } from '../projects/project.entity.js';
import {
  AgreementFilter,
  ContributionFilter,
  RecordAgreementInput,
  RecordContributionInput,
  UpdateAgreementInput,
  UpdateContributionInput,
} from './funding.inputs.js';
import { Agreement, Contribution } from './funding.entity.js';
import { FundingService } from './funding.service.js';

const ContributionConnection = ConnectionType(Contribution, 'Contribution');
const AgreementConnection = ConnectionType(Agreement, 'Agreement');

@ObjectType({ description: 'What one donor pledged and gave (in-kind values apart)' })
export class DonorFunding {
  donorId: string;

  @Field(() => Float)
  pledgedUsd: number;

  @Field(() => Float)
  receivedUsd: number;

  @Field(() => Float)
  inKindUsd: number;

  @Field(() => Float, { description: 'Pledged (not in kind) and not yet fulfilled by receipts' })
  outstandingUsd: number;
}

@ObjectType({ description: 'The part of a receipt that fulfils one pledge' })
export class PledgeFulfilment {
  @Field(() => Contribution)
  pledge: Contribution;

  @Field(() => Float, { description: 'The USD allocated to the pledge' })
  amountUsd: number;
}

@Resolver(() => Contribution)
export class ContributionsResolver {
  constructor(private readonly service: FundingService) {}

  @Query(() => ContributionConnection, { description: 'Newest first; a State sees its own contributions only' })
  contributions(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ContributionFilter, nullable: true }) filter: ContributionFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.listContributions(actor, filter ?? {}, readPage(page));
  }

  @Mutation(() => Contribution, { description: 'Coordinators record a pledge or a receipt' })
  recordContribution(@CurrentActor() actor: Actor, @Args('input') input: RecordContributionInput) {
    return this.service.recordContribution(actor, input);
  }

  @Mutation(() => Contribution)
  updateContribution(@CurrentActor() actor: Actor, @Args('input') input: UpdateContributionInput) {
    return this.service.updateContribution(actor, input);
  }

  @ResolveField(() => Organization)
  donor(contribution: Contribution, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(contribution.donorId);
  }

  @ResolveField(() => [PledgeFulfilment], {
    description: 'On a receipt: the pledges it fulfils (those the viewer may read), oldest first',
  })
  async fulfils(contribution: Contribution, _args: unknown, context: GraphQLContext) {
    const actor = actorIn(context);
    if (contribution.kind !== 'RECEIPT') return [];
    return context.loaders.viewer(actor).contributionFulfilments.load(contribution.id);
  }

  @ResolveField(() => Float, { nullable: true, description: 'On a pledge: the USD that receipts have fulfilled' })
  async fulfilledUsd(contribution: Contribution, _args: unknown, context: GraphQLContext) {
    if (contribution.kind !== 'PLEDGE') return null;
    return (await context.loaders.pledgeBalance.load(contribution.id)).fulfilledUsd;
  }

  @ResolveField(() => Float, { nullable: true, description: 'On a pledge: the USD still to be received' })
  async outstandingUsd(contribution: Contribution, _args: unknown, context: GraphQLContext) {
    if (contribution.kind !== 'PLEDGE') return null;
    return (await context.loaders.pledgeBalance.load(contribution.id)).outstandingUsd;
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project it is earmarked for, if readable' })
  project(contribution: Contribution, _args: unknown, context: GraphQLContext) {
    return contribution.projectId
      ? context.loaders.viewer(actorIn(context)).readableProject.load(contribution.projectId)
      : null;
  }
}

@Resolver(() => Agreement)
export class AgreementsResolver {
  constructor(private readonly service: FundingService) {}

  @Query(() => AgreementConnection, { description: 'Latest first; a State sees those it is a party to' })
  agreements(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AgreementFilter, nullable: true }) filter: AgreementFilter | null,
    @Args() page: PageArgs,
  ) {
    return this.service.listAgreements(actor, filter ?? {}, readPage(page));
  }

  @Mutation(() => Agreement, { description: 'Coordinators record an MOU, action plan or agreement' })
  recordAgreement(@CurrentActor() actor: Actor, @Args('input') input: RecordAgreementInput) {
    return this.service.recordAgreement(actor, input);
  }

  @Mutation(() => Agreement)
  updateAgreement(@CurrentActor() actor: Actor, @Args('input') input: UpdateAgreementInput) {
    return this.service.updateAgreement(actor, input);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project it belongs to, if readable' })
  project(agreement: Agreement, _args: unknown, context: GraphQLContext) {
    return agreement.projectId
      ? context.loaders.viewer(actorIn(context)).readableProject.load(agreement.projectId)
      : null;
  }

  @ResolveField(() => [Organization])
  async parties(agreement: Agreement, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.loadMany(await context.loaders.agreementPartyIds.load(agreement.id));
  }
}

@Resolver(() => DonorFunding)
export class DonorFundingResolver {
  @ResolveField(() => Organization)
  donor(funding: DonorFunding, _args: unknown, context: GraphQLContext) {
    return context.loaders.organization.load(funding.donorId);
  }
}

@Resolver(() => Project)
export class ProjectFundingResolver {
  constructor(private readonly service: FundingService) {}

  /** The parent project was authorized by the query that returned it. */
  @ResolveField(() => [DonorFunding], { description: 'Pledged and received per donor, largest first' })
  funding(project: Project, _args: unknown, context: GraphQLContext) {
    return context.loaders.viewer(actorIn(context)).projectFunding.load(project.id);
  }

  @ResolveField(() => ContributionConnection, { description: 'The contributions earmarked for the project' })
  contributions(@CurrentActor() actor: Actor, @Parent() project: Project, @Args() page: PageArgs) {
    return this.service.listContributions(actor, { projectId: project.id }, readPage(page));
  }
}
