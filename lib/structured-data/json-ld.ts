/** A schema.org node as JSON-LD: plain JSON, nested nodes allowed. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** Leaves out the properties the record does not have, so nothing unknown is stated as empty. */
export function compact(node: Record<string, JsonLdValue | null | undefined>): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * The node as the main entity of the page it is on, which names the language the texts (name,
 * description, labels) are written in: the page's locale. A node's own `inLanguage` means
 * something else (the languages of a signed agreement, of an event's programme), and a City has
 * none, so the page carries it. The page has no @id: it would be the node's, merging the two.
 */
export function onItsPage(node: JsonLdNode, language: string): JsonLdNode {
  return { ...node, mainEntityOfPage: compact({ '@type': 'WebPage', url: node.url, inLanguage: language }) };
}

/**
 * JSON for a <script type="application/ld+json">. `<`, `>` and `&` become \u escapes (still the
 * same JSON) so no text from the database can close the script element or open a comment.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...node })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
