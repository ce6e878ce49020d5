import { useEffect, useRef } from 'react';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorDetail, errorField, errorReason } from './errors';

/** Refusals the api names with `extensions.reason`: said in the reader's language rather than the api's. */
const REASON_MESSAGE_KEYS = { COMMON_PASSWORD: 'auth.commonPassword' } as const;

/**
 * The form field a BAD_USER_INPUT error is about: its `extensions.field` (or the form's name for that input, from
 * `renamed`), when it is one of the `fields` the form shows an error next to.
 */
export function apiErrorField<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  renamed: Readonly<Partial<Record<string, Field>>> = {},
): Field | undefined {
  const input = errorField(error);
  if (input === undefined) return undefined;
  const field: string = renamed[input] ?? input;
  return fields.find((shown) => shown === field);
}

/**
 * What a `useForm` form says about its fields. Its rules first run when it is submitted, then again at every
 * change, so that the messages follow the corrections (a rule may read other fields too). The api's refusal of a
 * field stays next to it until that field changes or the form is submitted again.
 */
export function useFieldErrors<Values, TransformedValues>(form: UseFormReturnType<Values, TransformedValues>) {
  const { t } = useTranslation();
  const submitted = useRef(false);
  const apiErrors = useRef<FormErrors>({});

  useEffect(() => {
    if (!submitted.current) return;
    // A change of a field clears what the api said about it (the form's clearInputErrorOnChange).
    apiErrors.current = Object.fromEntries(
      Object.entries(apiErrors.current).filter(([field, message]) => form.errors[field] === message),
    );
    void form.validate();
    form.setErrors((current) => ({ ...current, ...apiErrors.current }));
    // Only a change of the values runs the rules again.
  }, [form.values]);

  /** `form.onSubmit`; once the form was submitted, the rules also run at every change. */
  const onSubmit: UseFormReturnType<Values, TransformedValues>['onSubmit'] = (handleSubmit, handleFailure) => {
    const submit = form.onSubmit(handleSubmit, handleFailure);
    return (event) => {
      submitted.current = true;
      apiErrors.current = {};
      submit(event);
    };
  };

  /** Shows a BAD_USER_INPUT error next to its field (see `apiErrorField`); false when it is about none of them. */
  const showApiError = <Field extends keyof Values & string>(
    error: unknown,
    fields: readonly Field[],
    renamed?: Readonly<Partial<Record<string, Field>>>,
  ): boolean => {
    const field = apiErrorField(error, fields, renamed);
    if (field === undefined) return false;
    const reason = errorReason(error);
    const message =
      reason && reason in REASON_MESSAGE_KEYS
        ? t(REASON_MESSAGE_KEYS[reason as keyof typeof REASON_MESSAGE_KEYS])
        : errorDetail(error);
    apiErrors.current[field] = message;
    form.setFieldError(field, message);
    return true;
  };

  /** Forgets the submit: the rules wait for the next one, e.g. once a saved form is emptied with `form.reset()`. */
  const reset = () => {
    submitted.current = false;
    apiErrors.current = {};
  };

  return { onSubmit, showApiError, reset };
}
