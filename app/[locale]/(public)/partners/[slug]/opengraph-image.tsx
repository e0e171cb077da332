import { getPartnerProfile } from '@/lib/server/partners/profile';
import { countryName, formatStoredDate } from '@/lib/format';
import { ogSize, shareCard } from '@/lib/server/og/card';

export const size = ogSize;
export const contentType = 'image/png';

/** The partner's share card: its kind, name and country, the first agreement's date, and the home city. */
export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return shareCard(
    params,
    (locale, { slug }) => getPartnerProfile(locale, slug),
    (partner, locale, common) => {
      // Agreements come oldest first: the first one dates the partnership.
      const first = partner.agreements[0];
      return {
        kind: common(`kind.${partner.kind}`),
        title: `${partner.name.text}, ${countryName(partner.countryCode, locale)}`,
        date: first ? formatStoredDate(first.signedOn, first.signedPrecision, locale) : null,
        counterpart: partner.name.text,
      };
    },
  );
}
