import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthSessionsModule } from './auth-sessions.module.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordResetsResolver } from './password-resets.resolver.js';
import { PasswordResetsService } from './password-resets.service.js';
import { AuthSession, SignInAttempt } from './auth-session.entity.js';
import { AuthResolver, SessionsResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SignedInGuard } from './guards.js';
import { TokenGuess, TokenGuesses } from './token-guesses.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { SignInOptionsResolver } from './sign-in-options.resolver.js';
import { JwtStrategy, LocalStrategy } from './strategies.js';
import { accessTokenKey } from './tokens.js';
import { MfaChallenge, MfaFailure, RecoveryCode, TotpFactor } from './two-factor.entity.js';
import { TwoFactorResolver } from './two-factor.resolver.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AuthSession,
      SignInAttempt,
      PasswordReset,
      TotpFactor,
      RecoveryCode,
      MfaChallenge,
      MfaFailure,
      TokenGuess,
    ]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({
        secret: accessTokenKey(config.jwtSecret),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    UsersModule,
    AuthSessionsModule,
    JobsModule,
    MailModule,
  ],
  controllers: [OidcController],
  providers: [
    AuthService,
    AuthResolver,
    SessionsResolver,
    TwoFactorService,
    TwoFactorResolver,
    TokenGuesses,
    PasswordResetsService,
    PasswordResetsResolver,
    OidcService,
    SignInOptionsResolver,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: SignedInGuard },
  ],
  exports: [AuthService, TokenGuesses, JwtModule],
})
export class AuthModule {}
