import { z } from 'zod';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { UserRole } from '@/lib/generated/prisma/enums';

// Issue messages are message keys (AdminUsers.errors.* / AdminAuth.errors.*), translated by the form.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const inviteUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'email' })),
  name: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(200, { error: 'tooLong' })
    .refine((name) => !hasControlCharacter(name), { error: 'controlCharacters' }),
  role: z.enum(UserRole, { error: 'role' }),
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const userIdSchema = z.object({ userId: z.uuid({ error: 'invalid' }) });

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'email' })),
  password: z.string().min(1, { error: 'required' }).max(MAX_PASSWORD_LENGTH, { error: 'passwordTooLong' }),
});

/**
 * A set-password link's token as issued (base64url): anything else names no link, and must not
 * reach the database (a NUL in it failed the lookup with a 500).
 */
export const linkTokenSchema = z.string().regex(/^[\w-]{1,200}$/, { error: 'invalidLink' });

export const setPasswordSchema = z
  .object({
    token: linkTokenSchema,
    password: z.string().min(MIN_PASSWORD_LENGTH, { error: 'passwordTooShort' }).max(MAX_PASSWORD_LENGTH, { error: 'passwordTooLong' }),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], error: 'passwordsDiffer' });
