import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailMessage } from './mail-message.entity.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MailMessage]), JobsModule],
  providers: [MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
