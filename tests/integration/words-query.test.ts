import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
