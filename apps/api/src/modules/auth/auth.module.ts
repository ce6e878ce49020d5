import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { UsersModule } from '../users/users.module.js';
import { AuthSession, SignInAttempt } from './auth-session.entity.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SignedInGuard } from './guards.js';
import { JwtStrategy, LocalStrategy } from './strategies.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuthSession, SignInAttempt]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    UsersModule,
  ],
  providers: [AuthService, AuthResolver, LocalStrategy, JwtStrategy, { provide: APP_GUARD, useClass: SignedInGuard }],
  exports: [AuthService, JwtModule],
})
export class AuthModule {}
