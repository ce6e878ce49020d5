import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './errors.js';

class InputValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('input validation failed');
  }
}

/**
 * Validates every input class. The first failing field becomes BAD_USER_INPUT with `field` set: the
 * field's path inside a mutation's `input` ("email"), or inside another argument ("filter.search").
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => new InputValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof InputValidationFailure)) throw error;
      const prefix = metadata.data && metadata.data !== 'input' ? metadata.data : '';
      const { path, message } = firstProblem(error.errors, prefix);
      throw badInput(path, message);
    }
  }
}

function firstProblem(errors: ValidationError[], prefix: string): { path: string; message: string } {
  const error = errors[0];
  const path = prefix ? `${prefix}.${error.property}` : error.property;
  const message = Object.values(error.constraints ?? {})[0];
  if (message) return { path, message: humanize(message) };
  if (error.children?.length) return firstProblem(error.children, path);
  return { path, message: `${path} is not valid.` };
}

function humanize(message: string): string {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
