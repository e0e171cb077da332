'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { inviteUserSchema, userIdSchema } from '@/lib/schemas/users';
import { SET_PASSWORD_LINK_HOURS } from '@/lib/server/auth/set-password-link';
import { inviteUser, resetUserAccess, setUserDisabled, type SetPasswordLink, type UserOutcome } from '@/lib/server/users/mutations';
import { adminWording, refused, runFormAction, type Wording } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { localizeKey, messagesOf } from '@/lib/forms/field-errors';
import type { ActionResult } from '@/lib/forms/action-result';
import { appLocaleSchema } from '@/lib/schemas/record-ids';
import catalogue from '@/messages/ru.json';
import type { IssuedLink } from '@/components/admin/users/user-forms';

const appLocale = (locale: unknown): AppLocale => (typeof locale === 'string' && isAppLocale(locale) ? locale : 'ru');
type Translator = Awaited<ReturnType<typeof getTranslations<'AdminUsers'>>>;

/** The users page words its refusals in its own catalogue (AdminUsers), fields then as InputErrors. */
async function usersWording(locale: unknown): Promise<{ t: Translator; wording: Wording }> {
  const [t, input, admin] = await Promise.all([
    getTranslations({ locale: appLocale(locale), namespace: 'AdminUsers' }),
    getTranslations({ locale: appLocale(locale), namespace: 'InputErrors' }),
    adminWording(),
  ]);
  const wording: Wording = {
    ...admin,
    unauthenticated: t('errors.unauthenticated'),
    forbidden: t('errors.forbidden'),
    unavailable: t('errors.unavailable'),
    notFound: t('errors.notFound'),
    checkFields: t('checkFields'),
    field: localizeKey(
      [messagesOf(catalogue.AdminUsers.errors, (key) => t(`errors.${key}`)), messagesOf(catalogue.InputErrors, input)],
      admin.field('invalid'),
    ),
  };
  return { t, wording };
}

/** A user's refusal (a taken e-mail, an admin acting on themselves) as the form shows it. */
function outcome(t: Translator, result: UserOutcome) {
  if (result.ok) return succeeded(result.link ?? null);
  const message = t(`errors.${result.error}`);
  return refused(message, result.error === 'emailTaken' ? { email: message } : {});
}

const issued = (t: Translator, link: SetPasswordLink | null): { message: null; payload: IssuedLink | null } => ({
  message: null,
  payload: link && { label: t('linkFor', { email: link.email, hours: SET_PASSWORD_LINK_HOURS }), url: link.url },
});

type UserResult = ActionResult<IssuedLink | null>;

/**
 * The path of every action of the users page: an admin's, on the page's locale, worded in AdminUsers;
 * the list re-renders after it. An issued set-password link comes back as the payload.
 */
async function runUsersAction<Schema extends z.ZodType>(
  locale: unknown,
  formData: FormData,
  schema: Schema,
  write: (headers: Headers, input: z.output<Schema>, locale: AppLocale) => Promise<UserOutcome>,
  { namesListedUser = false } = {},
): Promise<UserResult> {
  const { t, wording } = await usersWording(locale);
  return runFormAction(formData, {
    role: 'admin',
    bound: { schema: appLocaleSchema, value: locale },
    schema,
    wording,
    // The row buttons only post ids from the list: a stale or forged one names no one.
    refuseInput: namesListedUser ? () => wording.notFound : undefined,
    mutate: async (headers, input, lang) => outcome(t, await write(headers, input, lang)),
    tags: [],
    refreshPage: true,
    onSaved: (link) => issued(t, link),
  });
}

/** Invites a person; the answer carries their one-time set-password link. */
export async function inviteUserAction(locale: string, _previous: UserResult, formData: FormData): Promise<UserResult> {
  return runUsersAction(locale, formData, inviteUserSchema, inviteUser);
}

export async function resetAccessAction(locale: string, _previous: UserResult, formData: FormData): Promise<UserResult> {
  return runUsersAction(locale, formData, userIdSchema, (headers, { userId }, lang) => resetUserAccess(headers, userId, lang), { namesListedUser: true });
}

export async function setDisabledAction(locale: string, _previous: UserResult, formData: FormData): Promise<UserResult> {
  return runUsersAction(
    locale,
    formData,
    userIdSchema.extend({ disabled: z.enum(['0', '1']) }),
    (headers, { userId, disabled }) => setUserDisabled(headers, userId, disabled === '1'),
    { namesListedUser: true },
  );
}
