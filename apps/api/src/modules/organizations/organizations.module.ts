import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationUnit } from './organization-unit.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationUnitsService } from './organization-units.service.js';
import { OrganizationsResolver, OrganizationUnitsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, OrganizationUnit])],
  providers: [OrganizationsService, OrganizationUnitsService, OrganizationsResolver, OrganizationUnitsResolver],
  exports: [OrganizationsService, OrganizationUnitsService],
})
export class OrganizationsModule {}
