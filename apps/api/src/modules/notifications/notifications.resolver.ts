import { ArgsType, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { Actor } from '../../common/actor.js';
import { ConnectionType, PageArgs, readPage } from '../../common/pagination.js';
import { CurrentActor } from '../../common/request-context.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

const NotificationConnection = ConnectionType(Notification, 'Notification');

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(500)
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every notification read' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first" })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.service.list(actor, args.unreadOnly, readPage(args));
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; answers how many were unread' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    return this.service.markRead(actor, input);
  }
}
