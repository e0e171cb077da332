import { toKazakhLatin } from '@/lib/text/kazakh-latin';
import { mapMessageLiterals } from '@/lib/text/message-literals';

/**
 * The interface in Kazakh Latin letters is not translated by hand: it is messages/kk.json with the
 * literal text of every message transliterated, plus a short reviewed list of whole messages the
 * rule gets wrong (messages/kk-Latn.overrides.json, key path → message). `npm run i18n:kk-latn`
 * writes it; a unit test fails when the committed file is not what this makes (decision 048).
 */
export type Catalogue = { [key: string]: string | Catalogue };
export const CATALOGUE_FILES = { source: 'messages/kk.json', overrides: 'messages/kk-Latn.overrides.json', target: 'messages/kk-Latn.json' } as const;
export const REGENERATE_COMMAND = 'npm run i18n:kk-latn';

/** A message with its literal text taken out: what must not change between kk and kk-Latn. */
const syntaxOf = (message: string) => mapMessageLiterals(message, () => '');

export function kazakhLatinCatalogue(kk: Catalogue, overrides: Readonly<Record<string, string>>): Catalogue {
  const unused = new Set(Object.keys(overrides));
  const walk = (node: Catalogue, prefix: string): Catalogue =>
    Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const path = `${prefix}${key}`;
        if (typeof value !== 'string') return [key, walk(value, `${path}.`)];
        const override = overrides[path];
        if (override === undefined) return [key, mapMessageLiterals(value, toKazakhLatin)];
        unused.delete(path);
        // An override replaces the words, never the arguments, plural forms or tags the code passes.
        if (syntaxOf(override) !== syntaxOf(value)) throw new Error(`${CATALOGUE_FILES.overrides}: "${path}" changes the message's arguments or tags`);
        return [key, override];
      }),
    );
  const catalogue = walk(kk, '');
  if (unused.size > 0) throw new Error(`${CATALOGUE_FILES.overrides}: no message in ${CATALOGUE_FILES.source} at ${[...unused].join(', ')}`);
  return catalogue;
}

/** The file's text as the script writes it and Prettier keeps it. */
export const catalogueJson = (catalogue: Catalogue) => `${JSON.stringify(catalogue, null, 2)}\n`;
