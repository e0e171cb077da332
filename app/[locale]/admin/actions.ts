'use server';

import { headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import { isAppLocale } from '@/i18n/routing';
import { signOut } from '@/lib/server/auth/sessions';

export async function signOutAction(locale: string): Promise<void> {
  await signOut(await headers());
  redirect({ href: '/admin/sign-in', locale: isAppLocale(locale) ? locale : 'ru' });
}
