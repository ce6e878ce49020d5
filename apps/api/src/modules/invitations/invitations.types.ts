import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  EMAIL_MAX_LENGTH,
  LANGUAGES,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PLATFORM_ROLES,
  type Language,
  type PlatformRole,
} from '@ctcp/shared';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum, PlatformRoleEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Invitation } from './invitation.entity.js';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => PlatformRoleEnum)
  @IsIn(PLATFORM_ROLES)
  role: PlatformRole;

  @Field({ defaultValue: false })
  @IsBoolean()
  isOrganizationAdmin: boolean;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field(() => String, {
    nullable: true,
    description:
      'The link for the invitee, shown once (it holds the only copy of the token); null when it went by mail',
  })
  acceptUrl: string | null;
}

@ObjectType({ description: 'What an invitee sees before accepting' })
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => PlatformRoleEnum)
  role: PlatformRole;

  @Field()
  expiresAt: Date;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language | null;
}
