import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A preview's tab title; previews are never indexed, whatever the robots rules say. */
export async function previewMetadata(params: Promise<{ locale: string }>, kind: 'partner' | 'agreement' | 'event'): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'AdminPreview' });
  return { title: t(`title.${kind}`), robots: { index: false, follow: false } };
}
