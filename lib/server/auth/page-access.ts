import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { notFound } from 'next/navigation';
import { actorFromHeaders, type Actor, type Role } from './actor';

/**
 * The signed-in user for an admin page; anyone else is sent to the sign-in page. Each admin page
 * (and the admin layout) checks this itself: layouts and pages render independently, so a check
 * in the layout alone would not keep a page's data from being read. Cached per request, so the
 * layout and the page share one session lookup.
 */
export const actorForPage = cache(async (locale: AppLocale): Promise<Actor> => {
  const actor = await actorFromHeaders(await headers());
  if (!actor) redirect({ href: '/admin/sign-in', locale });
  return actor as Actor; // redirect() never returns, but next-intl does not type it as `never` here
});

/**
 * For an admin page that reads or writes data: the signed-in user and the request headers the data
 * layer checks again. A user whose role falls short sees "not found", as for any record they may not see.
 */
export async function requirePageActor(locale: AppLocale, role: Role): Promise<{ actor: Actor; headers: Headers }> {
  const actor = await actorForPage(locale);
  if (role === 'admin' && actor.role !== 'admin') notFound();
  return { actor, headers: await headers() };
}
