import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { countryName } from '@/lib/format';
import { utcOffsetLabel } from '@/lib/time-zone';
import type { PartnerProfile } from '@/lib/server/partners/profile';

/** The facts table of a profile; every fact the source does not give reads "not specified". */
export async function PartnerFacts({ partner, locale }: { partner: PartnerProfile; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('PartnerProfile'), getTranslations('Common')]);
  const number = new Intl.NumberFormat(locale);
  const withYear = (value: string, year: number | null) => (year ? t('withYear', { value, year: String(year) }) : value);
  const founded =
    partner.foundedYear === null
      ? null
      : partner.foundedYear < 0
        ? t('foundedBce', { year: String(-partner.foundedYear) })
        : t('foundedCe', { year: String(partner.foundedYear) });

  const facts: Fact[] = [
    [t('facts.country'), countryName(partner.countryCode, locale)],
    [t('facts.region'), partner.regionName && <LocalizedText value={partner.regionName} />],
    [t('facts.kind'), common(`kind.${partner.kind}`)],
    [t('facts.founded'), founded],
    [t('facts.population'), partner.population && withYear(number.format(partner.population), partner.populationYear)],
    [t('facts.area'), partner.areaKm2 && withYear(t('area', { value: number.format(partner.areaKm2) }), partner.areaYear)],
    [t('facts.timeZone'), partner.timeZone && utcOffsetLabel(partner.timeZone)],
    [
      t('facts.website'),
      partner.websiteUrl && (
        <a href={partner.websiteUrl} rel="noopener noreferrer external" className="break-all text-brand-700 underline hover:no-underline dark:text-brand-100">
          {partner.websiteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </a>
      ),
    ],
    [t('facts.status'), t(`status.${partner.status}`)],
  ];
  return <FactList facts={facts} />;
}
