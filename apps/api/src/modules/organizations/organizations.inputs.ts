import { Field, InputType } from '@nestjs/graphql';
import { SEARCH_MAX_LENGTH, type OrganizationKind, type RegionalGroup } from '@ctcp/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORGANIZATION_KINDS, REGIONAL_GROUPS } from '@ctcp/shared';
import { OrganizationKindEnum, RegionalGroupEnum } from '../../common/graphql-enums.js';

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
