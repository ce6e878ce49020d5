import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './errors.js';

/** Validates every input class; the first failing field becomes BAD_USER_INPUT with `field` set. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const { path, message } = firstProblem(errors);
      return badInput(path, message);
    },
  });
}

function firstProblem(errors: ValidationError[], prefix = ''): { path: string; message: string } {
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
