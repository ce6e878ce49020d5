import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { PdfPrint } from './pdf-print.entity.js';
import { PdfService } from './pdf.service.js';
import { ReportsResolver, WorkingGroupBreakdownResolver, WorkPlanProgressResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PdfPrint])],
  controllers: [ExportsController],
  providers: [
    ReportsService,
    ExportsService,
    PdfService,
    ReportsResolver,
    WorkingGroupBreakdownResolver,
    WorkPlanProgressResolver,
  ],
  exports: [ReportsService, PdfService],
})
export class ReportsModule {}
