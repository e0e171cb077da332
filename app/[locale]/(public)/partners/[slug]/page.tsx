import type { Metadata } from 'next';
import { listProjectsOfPartner } from '@/lib/server/projects/register';
import { RelatedProjects } from '@/components/projects/related-projects';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';
import { getPartnerProfile } from '@/lib/server/partners/profile';
import { countryName, excerpt } from '@/lib/format';
import { PartnerProfileArticle } from '@/components/partners/partner-profile-article';
import { pageMetadata } from '@/lib/seo/page-metadata';
import type { AppLocale } from '@/i18n/routing';
import { JsonLd } from '@/components/seo/json-ld';
import { placeNode } from '@/lib/structured-data/place';
import { siteUrl } from '@/lib/server/env';
import { localePath } from '@/lib/i18n/locale-path';

export async function generateMetadata({ params }: PageProps<'/[locale]/partners/[slug]'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  const partner = await getPartnerProfile(locale, slug);
  if (!partner) return {};
  const t = await getTranslations({ locale, namespace: 'PartnerProfile' });
  const country = countryName(partner.countryCode, locale);
  return pageMetadata(locale, `/partners/${slug}`, {
    title: partner.name.text,
    description: partner.about ? excerpt(partner.about.text) : t('metaDescription', { name: partner.name.text, country }),
  });
}

export default async function PartnerPage({ params }: PageProps<'/[locale]/partners/[slug]'>) {
  const locale: AppLocale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const [partner, projects, t] = await Promise.all([
    getPartnerProfile(locale, slug),
    listProjectsOfPartner(locale, slug),
    getTranslations({ locale, namespace: 'PartnerProfile' }),
  ]);
  if (!partner) notFound();
  // The place itself for search engines; only the public page has it, not the editors' preview.
  const structured = placeNode({
    kind: partner.kind,
    name: partner.name.text,
    url: new URL(localePath(locale, `/partners/${partner.slug}`), siteUrl()).toString(),
    countryName: countryName(partner.countryCode, locale),
    regionName: partner.regionName?.text,
    latitude: partner.latitude,
    longitude: partner.longitude,
    website: partner.websiteUrl,
    description: partner.about ? excerpt(partner.about.text) : null,
  });
  return (
    <>
      <JsonLd node={structured} locale={locale} />
      <PartnerProfileArticle partner={partner} locale={locale} />
      <RelatedProjects projects={projects} heading={t('projectsHeading')} locale={locale} />
    </>
  );
}
