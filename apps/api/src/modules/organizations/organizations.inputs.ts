import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS,
  REGIONAL_GROUPS,
  SEARCH_MAX_LENGTH,
  type Language,
  type MembershipStatus,
  type OrganizationKind,
  type RegionalGroup,
} from '@ctcp/shared';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import {
  LanguageEnum,
  MembershipStatusEnum,
  OrganizationKindEnum,
  RegionalGroupEnum,
} from '../../common/graphql-enums.js';
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

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: only the organizations that had joined by then and not yet left',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;
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

/** Names of organizations and of their units, in each language. */
export const ORGANIZATION_NAME_MAX_LENGTH = 300;
/** Acronyms of organizations and units ('UNCCT', 'SPIB'). */
export const ACRONYM_MAX_LENGTH = 20;

const NOT_BLANK = /\S/;

@InputType({ description: 'A name in the six UN languages: English at least; the others fall back to it' })
export class LocalizedNamesInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'Enter the name in English.' })
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  en: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  fr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  es?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  ru?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  zh?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_NAME_MAX_LENGTH)
  ar?: string | null;
}

@InputType()
export class CreateOrganizationUnitInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'The unit it is part of, in the same organization' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACRONYM_MAX_LENGTH)
  acronym?: string | null;

  @Field(() => LocalizedNamesInput)
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedNamesInput)
  names: LocalizedNamesInput;

  @Field({ defaultValue: true, description: 'False while it is not checked against a public source' })
  @IsBoolean()
  confirmed: boolean;
}

@InputType({ description: 'Changes to a unit: the fields given are changed, the others kept' })
export class UpdateOrganizationUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null makes it a top-level unit; leave out to keep the parent' })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsUUID()
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACRONYM_MAX_LENGTH)
  acronym?: string | null;

  @Field(() => LocalizedNamesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedNamesInput)
  names?: LocalizedNamesInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean | null;
}

@InputType({ description: 'Corrections to reference data: the fields given are changed, the others kept' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LocalizedNamesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedNamesInput)
  names?: LocalizedNamesInput | null;

  @Field(() => MembershipStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  status?: MembershipStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when unknown; leave out to keep' })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsDateOnly()
  joinedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while it takes part; leave out to keep' })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsDateOnly()
  leftAt?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean | null;
}
