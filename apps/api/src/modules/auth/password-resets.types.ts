import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ctcp/shared';
import { IsString, MaxLength, MinLength } from 'class-validator';

const NEW_PASSWORD_TOO_SHORT = `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`;

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link in the reset mail' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: NEW_PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: NEW_PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
