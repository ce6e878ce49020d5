import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { Agreement, AgreementParty, Contribution } from './funding.entity.js';
import {
  AgreementsResolver,
  ContributionsResolver,
  DonorFundingResolver,
  ProjectFundingResolver,
} from './funding.resolver.js';
import { FundingService } from './funding.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contribution, Agreement, AgreementParty]), OrganizationsModule, ProjectsModule],
  providers: [FundingService, ContributionsResolver, AgreementsResolver, DonorFundingResolver, ProjectFundingResolver],
  exports: [FundingService],
})
export class FundingModule {}
