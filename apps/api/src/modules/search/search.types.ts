import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Classification, SEARCH_KINDS, SEARCH_QUERY_MAX_LENGTH, type SearchKind } from '@ctcp/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import { ClassificationEnum } from '../../common/graphql-enums.js';
import { PageArgs, PageInfo } from '../../common/pagination.js';

export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, kind])) as {
  [K in SearchKind]: K;
};
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What a search hit is' });

@ObjectType({ description: 'A record the viewer may read that matches a search' })
export class SearchHit {
  @Field(() => SearchKindEnum)
  kind: SearchKind;

  @Field(() => ID, { description: "The record's own id (a post hit carries the post's id)" })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Sanitized HTML: the text around the matches, the matched words in <mark>' })
  snippet: string;

  @Field({ description: "The web app's path that opens the record (a post opens its thread at the post)" })
  url: string;

  @Field(() => Float, { description: 'Relevance, higher first; recent records rank a little higher' })
  rank: number;

  @Field({ description: 'When the record was written or last changed' })
  at: Date;

  @Field(() => ClassificationEnum, {
    description: 'The marking the record carries (a post or a file, its thread’s); UNCLASSIFIED for kinds without one',
  })
  classification: Classification;
}

@ObjectType()
class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

@ObjectType({ description: 'Hits, best first' })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Hits the viewer may read; at least this many when totalCountIsExact is false' })
  totalCount: number;

  @Field({
    description: 'False when a kind matched more records than search takes into account (the newest 500 of each kind)',
  })
  totalCountIsExact: boolean;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words; "quoted phrases", `or` and -excluded words as in web search engines' })
  @IsString()
  @MinLength(1)
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  query: string;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds (all when absent)' })
  @IsOptional()
  @ArrayMaxSize(SEARCH_KINDS.length)
  @IsIn(SEARCH_KINDS, { each: true })
  kinds?: SearchKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only what is in this workspace (posts, threads, files)' })
  @IsOptional()
  @IsUUID()
  workspaceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records of this day (YYYY-MM-DD) or later' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records of this day (YYYY-MM-DD) or earlier' })
  @IsOptional()
  @IsDateOnly()
  to?: string | null;
}
