import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/i18n/locale-param';

/** A preview's tab title; previews are never indexed, whatever the robots rules say. */
export async function previewMetadata(
  params: Promise<{ locale: string }>,
  kind: 'partner' | 'agreement' | 'event' | 'project' | 'proposal',
): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: 'AdminPreview' });
  return { title: t(`title.${kind}`), robots: { index: false, follow: false } };
}
