import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar date written YYYY-MM-DD (and a real one: 2020-02-30 is refused). */
export const IsDateOnly = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Give a date as YYYY-MM-DD.' }),
    IsISO8601({ strict: true }, { message: 'Give a real date (YYYY-MM-DD).' }),
  );
