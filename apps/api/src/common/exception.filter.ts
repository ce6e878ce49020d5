import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { ErrorCode } from '@ctcp/shared';
import type { Response } from 'express';
import { AppError } from './errors.js';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
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
    if (exception instanceof AppError && host.getType() === 'http') {
      const code = exception.extensions.code as ErrorCode;
      const response = host.switchToHttp().getResponse<Response>();
      response.status(HTTP_STATUS[code]).json({ code, message: exception.message, field: exception.extensions.field });
      return;
    }
    return super.catch(exception, host);
  }
}
