import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { getPartnerProfile } from '@/lib/server/partners/profile';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { countryName, formatStoredDate } from '@/lib/format';
import { ogCard, ogSize } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The partner's share card: its kind, name and country, the first agreement's date, and the home city. */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  await connection(); // drawn from the database on request, never at build time
  if (!isAppLocale(locale)) notFound();
  const [partner, homeCity] = await Promise.all([getPartnerProfile(locale, slug), getHomeCity(locale)]);
  if (!partner) notFound();
  const [common, meta] = await Promise.all([getTranslations({ locale, namespace: 'Common' }), getTranslations({ locale, namespace: 'Metadata' })]);
  // Agreements come oldest first: the first one dates the partnership.
  const first = partner.agreements[0];
  return ogCard({
    kind: common(`kind.${partner.kind}`),
    title: `${partner.name.text}, ${countryName(partner.countryCode, locale)}`,
    date: first ? formatStoredDate(first.signedOn, first.signedPrecision, locale) : null,
    parties: [...(homeCity ? [homeCity.name.text] : []), partner.name.text],
    siteName: meta('siteName'),
  });
}
