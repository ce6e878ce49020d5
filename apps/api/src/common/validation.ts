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
  /**
   * `declaredType` is the argument's GraphQL type (its `type` option), for arguments whose TypeScript type
   * says nothing at run time: a nullable one (`Filter | null`) reaches the pipe as `Object`, which would
   * go unvalidated.
   */
  constructor(private readonly declaredType?: () => unknown) {
    super({
      transform: true,
      whitelist: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => new InputValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const declared = this.declaredType?.();
    const metatype =
      (!metadata.metatype || metadata.metatype === Object) && isInputClass(declared) ? declared : metadata.metatype;
    try {
      return await super.transform(value, { ...metadata, metatype });
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

const BUILT_IN: readonly unknown[] = [String, Boolean, Number, Date, Array, Object];

/** A class of ours (an input type), not a scalar's constructor nor a list (`[ID]`). */
function isInputClass(type: unknown): type is NonNullable<ArgumentMetadata['metatype']> {
  return typeof type === 'function' && !BUILT_IN.includes(type);
}
