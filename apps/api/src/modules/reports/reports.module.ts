import { Module } from '@nestjs/common';
import { WorkingGroupBreakdownResolver, ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

@Module({
  providers: [ReportsService, ReportsResolver, WorkingGroupBreakdownResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
