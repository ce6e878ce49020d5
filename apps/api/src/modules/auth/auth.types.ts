import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@ctcp/shared';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { User } from '../users/user.entity.js';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For API clients without cookies: also return the refresh token in the answer. Browsers leave it out.',
  })
  @IsOptional()
  @IsBoolean()
  returnRefreshToken?: boolean | null;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String, { nullable: true, description: 'Omit in a browser: the httpOnly cookie is used' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token (also set as an httpOnly cookie)' })
  accessToken: string;

  @Field({ description: 'When the access token expires' })
  expiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Single-use token for refreshSession, rotating on each use. Always set as an httpOnly cookie; in the answer only when signIn asked with returnRefreshToken or refreshSession was given the token in its input, so that scripts in a page never see it.',
  })
  refreshToken: string | null;

  @Field(() => User)
  user: User;
}

/** What starting or refreshing a session issues, before the answer leaves the refresh token out. */
export type IssuedSession = AuthPayload & { refreshToken: string };

/** The answer for a browser: its refresh token travels only in the httpOnly cookie, out of scripts' reach. */
export function withoutRefreshToken(payload: IssuedSession): AuthPayload {
  return { ...payload, refreshToken: null };
}

@ObjectType({ description: 'A signed-in session of the viewer: one browser or client' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Browser and system read from the user agent, e.g. "Firefox 128 · Windows"',
  })
  device: string | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;

  @Field({ description: 'The session making this request' })
  current: boolean;
}
