import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { STORED_LOCALES } from '@/lib/i18n/localized';

// What a server receives as a record's id or a locale, from its own pages or from a forged request
// alike: anything else names nothing, and must be refused before it reaches the database (a
// non-uuid is P2007 there, an integer past int4 P2020).

/** The largest PostgreSQL `integer`, the type of every serial id. */
export const MAX_SERIAL_ID = 2_147_483_647;
/** An agreement's, event's or source's id. */
export const serialIdSchema = z.int().min(1).max(MAX_SERIAL_ID);
/** A partner's, media file's or user's id. */
export const uuidIdSchema = z.uuid();
export const appLocaleSchema = z.enum(routing.locales);
/** A language the administration works in and stores texts in: kk-Latn is made from kk (docs/decisions/049). */
export const storedLocaleSchema = z.enum(STORED_LOCALES);
