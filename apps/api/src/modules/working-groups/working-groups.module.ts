import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { WorkingGroup, WorkingGroupMembership } from './working-group.entity.js';
import { WorkingGroupMembershipResolver, WorkingGroupsResolver } from './working-groups.resolver.js';
import { WorkingGroupsService } from './working-groups.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([WorkingGroup, WorkingGroupMembership]), OrganizationsModule],
  providers: [WorkingGroupsService, WorkingGroupsResolver, WorkingGroupMembershipResolver],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
