import { wholeNumberField } from './whole-number';

/** A page number from 1: the one definition behind the pages' lenient `?page=` and the API's strict one. */
export const pageNumberField = wholeNumberField(1, 100_000);

/** A list's `?page=`: a page number from 1, and page 1 for anything else (a malformed link still shows the list). */
export const pageNumberSchema = pageNumberField.catch(1);
