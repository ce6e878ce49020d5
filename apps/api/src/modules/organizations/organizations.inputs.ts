import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  LANGUAGES,
  ORGANIZATION_KINDS,
  REGIONAL_GROUPS,
  SEARCH_MAX_LENGTH,
  type Language,
  type OrganizationKind,
  type RegionalGroup,
} from '@ctcp/shared';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LanguageEnum, OrganizationKindEnum, RegionalGroupEnum } from '../../common/graphql-enums.js';
import { PageArgs } from '../../common/pagination.js';

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind | null;

  @Field(() => RegionalGroupEnum, { nullable: true })
  @IsOptional()
  @IsIn(REGIONAL_GROUPS)
  regionalGroup?: RegionalGroup | null;

  @Field(() => String, { nullable: true, description: 'Matches the acronym, the ISO code or the name in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter | null;

  @Field(() => LanguageEnum, {
    nullable: true,
    description: "Sort by the names in this language (default: the viewer's)",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;
}
