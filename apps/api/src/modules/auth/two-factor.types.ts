import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType({
  description: 'What to put in an authenticator app: the secret, and the same as an otpauth:// link for a QR code',
})
export class TotpEnrolmentPayload {
  @Field()
  secret: string;

  @Field()
  otpauthUri: string;
}

@ObjectType()
export class TotpConfirmation {
  @Field(() => [String], { description: 'Single-use codes for when the authenticator is lost: shown only now' })
  recoveryCodes: string[];
}

@ObjectType()
export class TwoFactorStatus {
  @Field()
  enabled: boolean;

  @Field({ description: 'The person’s role requires two-factor sign-in' })
  required: boolean;

  @Field(() => Int)
  recoveryCodesLeft: number;
}

@InputType()
export class TotpCodeInput {
  @Field({ description: 'The six digits of the authenticator app, or (to turn it off) a recovery code' })
  @IsString()
  @MaxLength(40)
  code: string;
}

@InputType()
export class CompleteSignInInput {
  @Field({ description: 'extensions.mfaToken of the MFA_REQUIRED answer to signIn' })
  @IsString()
  @MaxLength(200)
  mfaToken: string;

  @Field({ description: 'The six digits of the authenticator app, or a recovery code' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field(() => Boolean, { nullable: true, description: 'As in signIn: for API clients without cookies' })
  @IsOptional()
  @IsBoolean()
  returnRefreshToken?: boolean | null;
}
