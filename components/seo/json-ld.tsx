import { serializeJsonLd, type JsonLdNode } from '@/lib/structured-data/json-ld';

/** A schema.org description of the page for search engines, serialized so it cannot break out of its script. */
export function JsonLd({ node }: { node: JsonLdNode }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(node) }} />;
}
