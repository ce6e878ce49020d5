import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { PdfPrint } from './pdf-print.entity.js';
import { PdfService } from './pdf.service.js';
import { PortfolioExportController } from './portfolio-export.controller.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { ReportsResolver, WorkingGroupBreakdownResolver, WorkPlanProgressResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PdfPrint]), ProjectsModule],
  controllers: [ExportsController, PortfolioExportController],
  providers: [
    ReportsService,
    DashboardService,
    DashboardResolver,
    ExportsService,
    PdfService,
    ReportsResolver,
    WorkingGroupBreakdownResolver,
    WorkPlanProgressResolver,
  ],
  exports: [ReportsService, PdfService],
})
export class ReportsModule {}
