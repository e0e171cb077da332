import { z } from 'zod';

/** A list's `?page=`: a page number from 1, and page 1 for anything else (a malformed link still shows the list). */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
