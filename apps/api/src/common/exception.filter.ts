import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { ErrorCode } from '@ctcp/shared';
import type { Response } from 'express';
import { databaseError } from '../database/database-errors.js';
import { AppError } from './errors.js';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
  UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  MFA_REQUIRED: HttpStatus.UNAUTHORIZED,
  MFA_ENROLMENT_REQUIRED: HttpStatus.FORBIDDEN,
};

/**
 * GraphQL errors go back to Apollo untouched: formatGraphQLError maps them to the contract's codes and
 * logs only the unexpected ones. On HTTP routes (attachments) the same errors become the matching
 * status with `{ code, message, field }`; anything else keeps Nest's default handling.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const error = (host.getType() === 'http' && databaseError(exception)) || exception;
    if (error instanceof AppError && host.getType() === 'http') {
      const code = error.extensions.code as ErrorCode;
      const response = host.switchToHttp().getResponse<Response>();
      if (code === 'UNAVAILABLE') response.setHeader('Retry-After', '1');
      const retryAfter = error.extensions.retryAfterSeconds;
      if (code === 'RATE_LIMITED' && typeof retryAfter === 'number')
        response.setHeader('Retry-After', String(retryAfter));
      response.status(HTTP_STATUS[code]).json({ code, message: error.message, field: error.extensions.field });
      return;
    }
    return super.catch(exception, host);
  }
}
