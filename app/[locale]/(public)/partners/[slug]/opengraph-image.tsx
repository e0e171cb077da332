import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { getPartnerProfile } from '@/lib/server/partners/profile';
import { countryName, formatStoredDate } from '@/lib/format';
import { ogCard, ogSize } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The partner's share card: its kind, name and country, the first agreement's date, and the home city. */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  await connection(); // drawn from the database on request, never at build time
  if (!isAppLocale(locale)) notFound();
  const partner = await getPartnerProfile(locale, slug);
  if (!partner) notFound();
  const common = await getTranslations({ locale, namespace: 'Common' });
  // Agreements come oldest first: the first one dates the partnership.
  const first = partner.agreements[0];
  return ogCard(locale, {
    kind: common(`kind.${partner.kind}`),
    title: `${partner.name.text}, ${countryName(partner.countryCode, locale)}`,
    date: first ? formatStoredDate(first.signedOn, first.signedPrecision, locale) : null,
    counterpart: partner.name.text,
  });
}
