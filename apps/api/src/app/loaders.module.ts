import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../modules/organizations/organizations.module.js';
import { WorkingGroupsModule } from '../modules/working-groups/working-groups.module.js';
import { LoadersFactory } from './loaders.js';

@Module({
  imports: [OrganizationsModule, WorkingGroupsModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
