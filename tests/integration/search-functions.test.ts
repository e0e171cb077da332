import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latinSearchKey } from '@/lib/search/kazakh-latin-key';
import { toKazakhLatin } from '@/lib/text/kazakh-latin';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

const keysInDatabase = async (texts: string[]) =>
  (await client.query<{ key: string }>('SELECT portal_latin_key(t) AS key FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n', [texts])).rows.map(
    (row) => row.key,
  );

describe('portal_latin_key(), the database twin of latinSearchKey()', () => {
  it('gives the names of the demo data and their Latin spellings the keys the application gives', async () => {
    const names = [
      'Шымкент',
      'Şymkent',
      'Shymkent',
      'Қазақстан',
      'Qazaqstan',
      'Измир',
      'İzmir',
      'IZMIR',
      'Ыстамбұл',
      'Ескішехир',
      'Eskişehir',
      'Могилёв',
      'Паттайя',
    ];
    const texts = [...names, ...names.map(toKazakhLatin), 'Қазан форумы 2021-де', 'ЮНЕСКО', 'Чэнду', 'Шэньчжэнь', 'Хұжанд', 'Zhambyl', 'Kazakhstan'];
    expect(await keysInDatabase(texts)).toEqual(texts.map(latinSearchKey));
  });

  it('agrees on any text of Kazakh, Russian and Latin letters, digits and punctuation', async () => {
    const unit = fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘЁИЙІЫЮЯЬЩШabcdhijkoszAÄĞIİıÑÖŞŪÜéç 1-,.'.split(''));
    const texts = fc.sample(fc.string({ unit, maxLength: 12 }), { numRuns: 2000, seed: 48 });
    const inDatabase = await keysInDatabase(texts);
    expect(texts.filter((text, i) => inDatabase[i] !== latinSearchKey(text))).toEqual([]);
  });
});

const wordsQuery = async (words: string[], keys: string[], wholeUpTo: number) =>
  (await client.query<{ query: string }>('SELECT portal_words_query($1::text[], $2::text[], $3::int)::text AS query', [words, keys, wholeUpTo])).rows[0]?.query;

// The search's condition on what was typed (migration 20261205170000 rewrote it as a loop, docs/decisions/053):
// the expected texts are what the first, SQL version of the function gave.
describe('portal_words_query(), the condition every search reads its rows with', () => {
  it('wants every word, in either folding, whole up to the length given and as a prefix beyond it', async () => {
    expect(await wordsQuery(['Дружбы'], ['druzhby'], 0)).toBe(`'druzhby' | 'druzhby':* | 'дружбы' | 'дружбы':*`);
    expect(await wordsQuery(['Шымкент', 'форум'], ['shymkent', 'forum'], 16)).toBe(`( 'shymkent' | 'шымкент' ) & ( 'forum' | 'форум' )`);
    expect(await wordsQuery(['Ынтымақтастық'], ['yntymaqtastyq'], 5)).toBe(`'yntymaqtastyq' | 'yntymaqtastyq':* | 'ынтымактастык' | 'ынтымактастык':*`);
  });

  it('names a word once when its key is its folding, and by its folding alone when it has no key', async () => {
    expect(await wordsQuery(['izmir'], ['izmir'], 0)).toBe(`'izmir' | 'izmir':*`);
    expect(await wordsQuery(['ь', "O'Brien"], ['', 'obrien'], 16)).toBe(`'ь' & ( 'o' <-> 'brien' | 'obrien' )`);
  });
});
