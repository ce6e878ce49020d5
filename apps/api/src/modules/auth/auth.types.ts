import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@ctcp/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';
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

  @Field({ description: 'Single-use token for refreshSession; rotates on each use (also an httpOnly cookie)' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}
