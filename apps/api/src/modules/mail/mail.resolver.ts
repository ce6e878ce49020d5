import { Query, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor } from '../../common/request-context.js';
import { MailMessage } from './mail-message.entity.js';
import { MailService } from './mail.service.js';

const MailMessageConnection = ConnectionType(MailMessage, 'MailMessage');

@Resolver(() => MailMessage)
export class MailResolver {
  constructor(private readonly service: MailService) {}

  @Query(() => MailMessageConnection, {
    description: 'Admins: messages not delivered yet or given up (FAILED, with the server’s answer), newest first',
  })
  undeliveredMail(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.undelivered(actor, readPage(page));
  }
}
