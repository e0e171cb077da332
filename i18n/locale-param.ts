import { notFound } from 'next/navigation';
import { getLocale, setRequestLocale } from 'next-intl/server';
import { isAppLocale, routing, type AppLocale } from './routing';

/** The route's locale, validated (anything else is a 404) and registered for static rendering. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The request's locale as next-intl resolved it, for server components that get no route params (the layout's header and footer). */
export async function requestLocale(): Promise<AppLocale> {
  const requested = await getLocale();
  return isAppLocale(requested) ? requested : routing.defaultLocale;
}
