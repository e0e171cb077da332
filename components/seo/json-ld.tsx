import { onItsPage, serializeJsonLd, type JsonLdNode } from '@/lib/structured-data/json-ld';
import type { AppLocale } from '@/i18n/routing';

/** A schema.org description of the page in `locale` for search engines, serialized so it cannot break out of its script. */
export function JsonLd({ node, locale }: { node: JsonLdNode; locale: AppLocale }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(onItsPage(node, locale)) }} />;
}
