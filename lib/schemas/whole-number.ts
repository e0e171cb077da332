import { z } from 'zod';

/**
 * A whole number from `min` to `max` as a query string writes it: decimal digits only. `z.coerce.number()`
 * would also take "0x10" as 16, "1e2" as 100, "+1", "20.0" and " 2015" (Number() skips spaces), and
 * zod's int() would name its safe-integer bound (9007199254740991) rather than `max` for a long one.
 * Digits make the value whole already, so only the range is checked after them. Described to JSON
 * Schema (the OpenAPI document) as the integer it stands for.
 */
export const wholeNumberField = (min: number, max: number) =>
  z
    // A number already read (a filter handed on to the data layer, docs/decisions/021) is checked again as its digits.
    .preprocess((value) => (Number.isSafeInteger(value) ? String(value) : value), z.string().regex(/^[0-9]+$/, 'must be a whole number written in digits'))
    .transform(Number)
    .pipe(z.number().min(min).max(max))
    .meta({ type: 'integer', minimum: min, maximum: max });
