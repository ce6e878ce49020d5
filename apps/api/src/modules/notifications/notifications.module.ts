import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { NotificationMails } from './notification-mails.js';
import { Notification } from './notification.entity.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), JobsModule, MailModule, UsersModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsService, NotificationsResolver, NotificationMails],
  exports: [NotificationsService],
})
export class NotificationsModule {}
