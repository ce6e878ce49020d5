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
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SignedInGuard } from './guards.js';
import { JwtStrategy, LocalStrategy } from './strategies.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuthSession, SignInAttempt, PasswordReset]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    UsersModule,
    AuthSessionsModule,
    JobsModule,
    MailModule,
  ],
  providers: [
    AuthService,
    AuthResolver,
    PasswordResetsService,
    PasswordResetsResolver,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: SignedInGuard },
  ],
  exports: [AuthService, JwtModule],
})
export class AuthModule {}
