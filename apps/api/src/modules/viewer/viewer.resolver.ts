import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/actor.js';
import { AllowedBeforeTwoFactor, CurrentActor } from '../../common/request-context.js';
import { capabilitiesOf, ViewerCapabilities } from './viewer-capabilities.js';

@Resolver(() => ViewerCapabilities)
export class ViewerResolver {
  // Read with `me` when the web app starts, also while a required second factor is not on yet.
  @AllowedBeforeTwoFactor()
  @Query(() => ViewerCapabilities, { description: 'What the signed-in person may do' })
  viewerCan(@CurrentActor() actor: Actor): ViewerCapabilities {
    return capabilitiesOf(actor);
  }
}
