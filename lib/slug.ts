import { z } from 'zod';

/** URL slugs: lowercase ASCII words joined by hyphens ("shumen-province"), typed by the editor. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/**
 * Whether a URL segment can be a slug at all. The finders check this before querying: the database's
 * slug CHECK means nothing else names a record, and text PostgreSQL cannot even take (a NUL from
 * `/partners/%00`) must be a 404, not a database error.
 */
export const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

export const slugSchema = z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN, 'lowercase Latin letters and digits, words joined by single hyphens');
