// The one place that may wrap Nest's own decorator.
// eslint-disable-next-line no-restricted-imports
import { type ArgsOptions, Args as GraphQLArgs } from '@nestjs/graphql';
import { InputValidationPipe } from './validation.js';

/**
 * `@Args` of @nestjs/graphql with the input validation every argument gets (InputValidationPipe). The pipe
 * is given here rather than globally: a global pipe runs for every parameter of every field resolver (the
 * parent, the context), thousands of times for a page of a hundred rows, to validate nothing.
 */
export function Args(): ParameterDecorator;
export function Args(property: string, options?: ArgsOptions): ParameterDecorator;
export function Args(property?: string, options?: ArgsOptions): ParameterDecorator {
  if (property === undefined) return GraphQLArgs(InputValidationPipe);
  if (!options) return GraphQLArgs(property, InputValidationPipe);
  const declaredType = options.type as (() => unknown) | undefined;
  return GraphQLArgs(property, options, new InputValidationPipe(declaredType));
}
