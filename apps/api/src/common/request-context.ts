import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from './actor.js';
import type { User } from '../modules/users/user.entity.js';
import type { Loaders } from '../loaders/loaders.js';

export interface AuthenticatedRequest extends Request {
  user?: Actor;
  /** Set by the password guard of signIn for the resolver to start the session. */
  passwordVerifiedUser?: User;
  /** The person this request signed in (signIn, completeSignIn, acceptInvitation), who may read their own fields. */
  signedInUserId?: string;
}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: Loaders;
}

export const IS_PUBLIC = 'ctcp:isPublic';
/** Marks an operation or route that may run without a signed-in user; everything else is denied. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWED_BEFORE_TWO_FACTOR = 'ctcp:allowedBeforeTwoFactor';
/**
 * Marks what a person whose role requires two-factor sign-in may do before turning it on: reading who
 * they are, turning it on, signing out. Everything else answers MFA_ENROLMENT_REQUIRED.
 */
export const AllowedBeforeTwoFactor = () => SetMetadata(ALLOWED_BEFORE_TWO_FACTOR, true);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in actor; only used on operations that the global guard protects. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user;
  if (!actor) throw new Error('CurrentActor used on an operation that is not signed-in only');
  return actor;
});

/**
 * The signed-in actor, in a field resolver written without parameter decorators: Nest hands those to
 * graphql-js as they are, called `(parent, args, context)`, instead of through its per-call pipeline.
 */
export function actorIn(context: GraphQLContext): Actor {
  const actor = context.req.user;
  if (!actor) throw new Error('actorIn used on an operation that is not signed-in only');
  return actor;
}

/** The signed-in actor when there is one (public operations). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | undefined => requestOf(context).user,
);
