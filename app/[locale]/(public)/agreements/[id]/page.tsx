import type { Metadata } from 'next';
import { listProjectsUnderAgreement } from '@/lib/server/projects/register';
import { RelatedProjects } from '@/components/projects/related-projects';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { untitledAgreement } from '@/components/agreements/agreement-name';
import { AgreementArticle } from '@/components/agreements/agreement-article';
import { getAgreement } from '@/lib/server/agreements/permalink';
import { getHomeCity } from '@/lib/server/home-city/queries';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getAgreementPublicHistory } from '@/lib/server/agreements/public-history';
import { siteUrl } from '@/lib/server/env';
import { localePath } from '@/lib/i18n/locale-path';
import { JsonLd } from '@/components/seo/json-ld';
import { agreementNode } from '@/lib/structured-data/agreement';
import { countryName } from '@/lib/format';
import { mediaUrl } from '@/lib/media';

/** The agreement a permalink names, or null for a malformed, unknown or unpublished id. */
async function agreementFor(locale: AppLocale, segment: string) {
  const id = parseAgreementId(segment);
  return id === null ? null : getAgreement(locale, id);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/agreements/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isAppLocale(locale)) return {};
  const agreement = await agreementFor(locale, id);
  if (!agreement) return {};
  const t = await getTranslations({ locale, namespace: 'Agreement' });
  const title = agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text));
  return pageMetadata(locale, `/agreements/${id}`, { title, description: t('metaDescription') });
}

export default async function AgreementPage({ params }: PageProps<'/[locale]/agreements/[id]'>) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  await connection();
  const [agreement, homeCity] = await Promise.all([agreementFor(locale, id), getHomeCity(locale)]);
  if (!agreement) notFound();
  // Outside the cached reads: the citation's access date is the day of this request.
  const accessed = new Date();
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  const url = absolute(localePath(locale, `/agreements/${agreement.id}`));
  const [history, common, projects, t] = await Promise.all([
    getAgreementPublicHistory(agreement.id),
    getTranslations({ locale, namespace: 'Common' }),
    listProjectsUnderAgreement(locale, agreement.id),
    getTranslations({ locale, namespace: 'Agreement' }),
  ]);
  const typeLabel = common(`agreementType.${agreement.type}`);
  const structured = agreementNode({
    url,
    name: agreement.title?.text ?? (await untitledAgreement(agreement.type, agreement.partner.name.text)),
    typeLabel,
    signed: agreement.signedOn && agreement.signedPrecision ? { date: agreement.signedOn, precision: agreement.signedPrecision } : null,
    status: agreement.status,
    textLanguages: agreement.textLanguages,
    parties: [
      ...(homeCity
        ? [
            {
              kind: homeCity.kind,
              name: homeCity.name.text,
              countryName: countryName(homeCity.countryCode, locale),
              latitude: homeCity.latitude,
              longitude: homeCity.longitude,
            },
          ]
        : []),
      {
        kind: agreement.partner.kind,
        name: agreement.partner.name.text,
        countryName: countryName(agreement.partner.countryCode, locale),
        url: absolute(localePath(locale, `/partners/${agreement.partner.slug}`)),
      },
    ],
    changes: agreement.links.map((l) => ({
      url: absolute(localePath(locale, `/agreements/${l.agreement.id}`)),
      name: l.agreement.title?.text ?? common(`agreementType.${l.agreement.type}`),
    })),
    document: agreement.document && {
      url: absolute(mediaUrl(agreement.document.storageKey)),
      mimeType: agreement.document.mimeType,
      sha256: agreement.document.sha256,
    },
  });
  return (
    <>
      <JsonLd node={structured} locale={locale} />
      <AgreementArticle agreement={agreement} homeCity={homeCity} locale={locale} permalink={{ url, accessed, history }} />
      <RelatedProjects projects={projects} heading={t('projectsHeading')} locale={locale} />
    </>
  );
}
