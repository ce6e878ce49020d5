import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuthGuard } from '@nestjs/passport';
import { mfaEnrolmentRequired, unauthenticated } from '../../common/errors.js';
import { ALLOWED_BEFORE_TWO_FACTOR, IS_PUBLIC, requestOf } from '../../common/request-context.js';
import type { User } from '../users/user.entity.js';

/** The check of a query's caller, shared by its root fields (Nest guards each of them). */
const callerChecks = new WeakMap<object, Promise<boolean>>();

/**
 * Global: every operation needs a signed-in user unless marked @Public(). On public operations a valid
 * token is still read, so they know who is asking when someone is.
 */
@Injectable()
export class SignedInGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  /**
   * The token and session checked once for all the root fields of a query, which run at the same time.
   * A mutation's fields run one after another and may end the session: each is checked again.
   */
  private checkCaller(context: ExecutionContext): Promise<boolean> {
    const isQuery =
      context.getType<GqlContextType>() === 'graphql' &&
      GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'query';
    if (!isQuery) return super.canActivate(context) as Promise<boolean>;
    const req = requestOf(context);
    const check = callerChecks.get(req) ?? (super.canActivate(context) as Promise<boolean>);
    callerChecks.set(req, check);
    return check;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets are authenticated once, at the handshake (RealtimeGateway); only those get this far.
    if (context.getType() === 'ws')
      return Boolean(context.switchToWs().getClient<{ data?: { actor?: unknown } }>().data?.actor);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic) {
      await this.checkCaller(context);
      const allowed = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_TWO_FACTOR, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (requestOf(context).user?.mustEnrolTwoFactor && !allowed) throw mfaEnrolmentRequired();
      return true;
    }
    try {
      await this.checkCaller(context);
    } catch {
      // Public: an absent or stale token just means an anonymous caller.
    }
    return true;
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    if (error) throw error;
    if (!actor) throw unauthenticated();
    return actor;
  }
}

/** Runs the local (email + password) strategy on the signIn mutation's input. */
@Injectable()
export class PasswordSignInGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = requestOf(context);
    const { email, password } = gql.getArgs<{ input: { email: string; password: string } }>().input;
    // passport-local reads the credentials from the body; the GraphQL body holds the query instead.
    return Object.assign(Object.create(req), { body: { email, password } });
  }

  override handleRequest<T>(error: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    if (error) throw error;
    if (!user) throw unauthenticated('The email address or password is incorrect.');
    requestOf(context).passwordVerifiedUser = user as unknown as User;
    return user;
  }
}
