import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { FILE_STORAGE, LocalFileStorage } from './file-storage.js';
import { WorkspaceFileResolver, WorkspaceFilesResolver } from './workspace-files.resolver.js';
import { WorkspaceFilesService } from './workspace-files.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Attachment]), WorkspacesModule, JobsModule, UsersModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    WorkspaceFilesService,
    WorkspaceFilesResolver,
    WorkspaceFileResolver,
    {
      provide: FILE_STORAGE,
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => new LocalFileStorage(join(config.dataDir, 'uploads')),
    },
  ],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
