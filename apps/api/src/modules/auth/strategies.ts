import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ACCESS_COOKIE } from '@ctcp/shared';
import type { Request } from 'express';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import type { Actor } from '../../common/actor.js';
import { unauthenticated } from '../../common/errors.js';
import { clientOf } from '../../common/client-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import type { User } from '../users/user.entity.js';
import { type AccessTokenClaims, AuthService } from './auth.service.js';
import { accessTokenKey } from './tokens.js';

/** Email and password, checked with rate limits (see AuthService.verifyCredentials). */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, clientOf(req));
  }
}

export function accessTokenFromRequest(req: { headers: Request['headers']; cookies?: Record<string, string> }) {
  return ExtractJwt.fromAuthHeaderAsBearerToken()(req as Request) ?? req.cookies?.[ACCESS_COOKIE] ?? null;
}

/** A bearer token or the browser's cookie; the user and session must still be active. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    super({
      jwtFromRequest: accessTokenFromRequest,
      // passport-jwt's types predate key objects; it hands the key to jsonwebtoken, which takes one.
      secretOrKey: accessTokenKey(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: AccessTokenClaims): Promise<Actor> {
    const actor = await this.auth.actorFor(claims);
    if (!actor) throw unauthenticated();
    return { ...actor, client: clientOf(req) };
  }
}
