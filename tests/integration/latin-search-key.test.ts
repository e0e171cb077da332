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
