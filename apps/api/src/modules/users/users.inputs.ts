import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  EMAIL_FREQUENCIES,
  LANGUAGES,
  NAME_MAX_LENGTH,
  PLATFORM_ROLES,
  SEARCH_MAX_LENGTH,
  type EmailFrequency,
  type Language,
  type PlatformRole,
} from '@ctcp/shared';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EmailFrequencyEnum, LanguageEnum, PlatformRoleEnum } from '../../common/graphql-enums.js';
import { PageArgs } from '../../common/pagination.js';

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => PlatformRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLATFORM_ROLES)
  role?: PlatformRole | null;

  @Field(() => String, { nullable: true, description: 'Matches the name or the email address' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter | null;
}

@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NAME_MAX_LENGTH)
  name?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language | null;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => EmailFrequencyEnum)
  @IsIn(EMAIL_FREQUENCIES)
  emailFrequency: EmailFrequency;
}

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => PlatformRoleEnum)
  @IsIn(PLATFORM_ROLES)
  role: PlatformRole;

  @Field()
  @IsBoolean()
  isOrganizationAdmin: boolean;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field()
  @IsBoolean()
  disabled: boolean;
}

@InputType()
export class SetUserUnitInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => ID, { nullable: true, description: "A unit of the person's organization; null for none" })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsUUID()
  unitId?: string | null;
}
