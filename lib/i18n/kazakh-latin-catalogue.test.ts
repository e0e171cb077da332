import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapMessageLiterals } from '@/lib/text/message-literals';
import { CATALOGUE_FILES, REGENERATE_COMMAND, catalogueJson, kazakhLatinCatalogue, type Catalogue } from './kazakh-latin-catalogue';

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const kk = read<Catalogue>(CATALOGUE_FILES.source);
const overrides = read<Record<string, string>>(CATALOGUE_FILES.overrides);
const leaves = (tree: Catalogue, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`)));

describe('messages/kk-Latn.json', () => {
  it('is what the transliterator and the overrides make of messages/kk.json', () => {
    const committed = fs.readFileSync(CATALOGUE_FILES.target, 'utf8');
    const generated = catalogueJson(kazakhLatinCatalogue(kk, overrides));
    expect(
      committed === generated,
      `${CATALOGUE_FILES.target} is out of date with ${CATALOGUE_FILES.source} or the overrides: run \`${REGENERATE_COMMAND}\` and commit the result`,
    ).toBe(true);
  });

  it('has the keys of kk.json, no Cyrillic letter but a quoted one, and each message’s arguments, plurals and tags', () => {
    const latin = new Map(leaves(read<Catalogue>(CATALOGUE_FILES.target)));
    const syntax = (message: string) => mapMessageLiterals(message, () => '');
    for (const [key, message] of leaves(kk)) {
      const written = latin.get(key) ?? '';
      expect(written.replace(/«\p{Script=Cyrillic}»/gu, ''), key).not.toMatch(/\p{Script=Cyrillic}/u);
      expect(syntax(written), key).toBe(syntax(message));
    }
    expect(latin.size).toBe(leaves(kk).length);
  });
});

describe('kazakhLatinCatalogue', () => {
  const source: Catalogue = { Home: { title: 'Бауырлас қалалар', count: '{count, plural, one {# қала} other {# қала}}' } };

  it('transliterates the literal text and takes an override in place of the rule', () => {
    expect(kazakhLatinCatalogue(source, {})).toEqual({ Home: { title: 'Bauyrlas qalalar', count: '{count, plural, one {# qala} other {# qala}}' } });
    expect(kazakhLatinCatalogue(source, { 'Home.title': 'Egız qalalar' })).toEqual({
      Home: { title: 'Egız qalalar', count: '{count, plural, one {# qala} other {# qala}}' },
    });
  });

  it('refuses an override of no message, or one that changes the arguments the code passes', () => {
    expect(() => kazakhLatinCatalogue(source, { 'Home.gone': 'x' })).toThrow(/no message .* at Home\.gone/);
    expect(() => kazakhLatinCatalogue(source, { 'Home.count': '{n, plural, other {# qala}}' })).toThrow(/Home\.count.*arguments/);
  });
});
