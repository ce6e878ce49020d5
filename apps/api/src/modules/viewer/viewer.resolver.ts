import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/actor.js';
import { CurrentActor } from '../../common/request-context.js';
import { capabilitiesOf, ViewerCapabilities } from './viewer-capabilities.js';

@Resolver(() => ViewerCapabilities)
export class ViewerResolver {
  @Query(() => ViewerCapabilities, { description: 'What the signed-in person may do' })
  viewerCan(@CurrentActor() actor: Actor): ViewerCapabilities {
    return capabilitiesOf(actor);
  }
}
