import { Query, Resolver } from '@nestjs/graphql';
import { Args } from '../../common/args.js';
import type { Actor } from '../../common/actor.js';
import { readPage } from '../../common/pagination.js';
import { CurrentActor } from '../../common/request-context.js';
import { SearchService } from './search.service.js';
import { SearchArgs, SearchConnection, SearchHit } from './search.types.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchConnection, {
    description: 'Everything the viewer may read that matches, best first, in any of the six languages',
  })
  search(@CurrentActor() actor: Actor, @Args() args: SearchArgs) {
    return this.service.search(actor, args, readPage(args));
  }
}
