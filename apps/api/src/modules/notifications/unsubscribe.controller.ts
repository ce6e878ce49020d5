import { Controller, HttpCode, NotFoundException, Post, Query } from '@nestjs/common';
import { Public } from '../../common/request-context.js';
import { UsersService } from '../users/users.service.js';
import { NotificationMails } from './notification-mails.js';

/**
 * One-click unsubscribe (RFC 8058): mail readers post to the `List-Unsubscribe` address of a notification
 * mail, and so does the page that address opens in a browser. No sign-in: the signed token names the person,
 * and all it can do is stop their notification mail.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly mails: NotificationMails,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('token') token: unknown): Promise<{ emailFrequency: 'OFF' }> {
    const userId = typeof token === 'string' ? this.mails.personOfUnsubscribeToken(token) : null;
    if (!userId) throw new NotFoundException('This link is not valid.');
    await this.users.stopNotificationMail(userId);
    return { emailFrequency: 'OFF' };
  }
}
