import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditExportController } from './audit-export.controller.js';
import { AuditEventsResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent]), JobsModule],
  controllers: [AuditExportController],
  providers: [AuditService, AuditEventsResolver],
  exports: [AuditService],
})
export class AuditModule {}
