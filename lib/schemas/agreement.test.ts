import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementInputSchema, parseRegisterQuery, registerQueryFields } from './agreement';
import { listPageParam } from '@/lib/pagination';
import { searchParamsRecord } from '@/tests/support/bad-input';

const blank = { title: '', place: '', signatories: '', note: '' };
const PARTNER = '0b6f1c2e-8d4a-4f7e-9a51-2c3d4e5f6a7b';
const valid = {
  partnerId: PARTNER,
  type: 'twinning',
  signedOn: '2015-08',
  status: '',
  sourceId: '3',
  documentId: '',
  textLanguages: { kk: 'on', ru: 'on' },
  publicationStatus: 'draft',
  publishAt: '',
  translations: { ru: { ...blank, title: ' Соглашение о побратимстве ' }, kk: blank, en: { ...blank, title: 'Twinning agreement', place: 'Shymkent' } },
  history: { 0: { kind: 'signed', date: '2015-08-26', note: '' }, 2: { kind: 'in_force', date: '2016', note: 'После ратификации' } },
  links: { 0: { kind: 'supersedes', toId: '12' } },
};

const errorsOf = (input: unknown) => {
  const parsed = agreementInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('agreementInputSchema', () => {
  it('reads a filled-in form: trims, dates at their precision, blank is null, languages sorted', () => {
    const a = agreementInputSchema.parse(valid);
    expect(a).toMatchObject({ partnerId: PARTNER, status: null, sourceId: 3, documentId: null, textLanguages: ['kk', 'ru'], publishAt: null });
    expect(a.signedOn).toEqual({ date: new Date(Date.UTC(2015, 7, 1)), precision: 'month' });
    expect(a.translations.ru.title).toBe('Соглашение о побратимстве');
    expect(a.translations.kk.title).toBeNull();
    expect(a.history).toEqual({
      0: { kind: 'signed', date: { date: new Date(Date.UTC(2015, 7, 26)), precision: 'day' }, note: null },
      2: { kind: 'in_force', date: { date: new Date(Date.UTC(2016, 0, 1)), precision: 'year' }, note: 'После ратификации' },
    });
    expect(a.links).toEqual({ 0: { kind: 'supersedes', toId: 12 } });
  });

  it('takes a blank date, status, source, languages, history and links as "not specified"', () => {
    const a = agreementInputSchema.parse({
      ...valid,
      signedOn: ' ',
      sourceId: '',
      textLanguages: undefined,
      history: undefined,
      links: { 4: { kind: '', toId: '' } },
    });
    expect(a).toMatchObject({ signedOn: null, sourceId: null, textLanguages: [], history: {}, links: {} });
  });

  it('names each wrong field with a message key', () => {
    expect(
      errorsOf({
        ...valid,
        partnerId: '',
        type: 'alliance',
        signedOn: '2021-02-30',
        status: 'dormant',
        sourceId: 'x',
        documentId: '42',
        translations: { ...valid.translations, ru: { ...blank, title: '   ' } },
      }),
    ).toEqual({
      partnerId: 'required',
      type: 'required',
      signedOn: 'partialDate',
      status: 'invalid',
      sourceId: 'unknownChoice',
      documentId: 'unknownChoice',
      'translations.ru.title': 'required',
    });
  });

  it('refuses what the database CHECK constraints refuse: language codes, untitled translations, scheduled without a time', () => {
    expect(errorsOf({ ...valid, textLanguages: { RUS: 'on' } })).toEqual({ textLanguages: 'invalid' });
    expect(errorsOf({ ...valid, translations: { ...valid.translations, kk: { ...blank, note: 'Қазақша ескерту' } } })).toEqual({
      'translations.kk.title': 'titleForTranslation',
    });
    expect(errorsOf({ ...valid, publicationStatus: 'scheduled' })).toEqual({ publishAt: 'publishAtRequired' });
    expect(errorsOf({ ...valid, signedOn: '15.08.2015' })).toEqual({ signedOn: 'partialDate' });
  });

  it('points history and link errors at the row the editor sees', () => {
    expect(
      errorsOf({
        ...valid,
        history: { 0: valid.history[0], 5: { kind: '', date: '2016-13', note: 'x' } },
        links: { 0: { kind: 'amends', toId: '12' }, 7: { kind: 'supersedes', toId: '' } },
      }),
    ).toEqual({ 'history.5.kind': 'required', 'history.5.date': 'partialDate', 'links.7.toId': 'required' });
    expect(errorsOf({ ...valid, links: { 0: { kind: 'amends', toId: '12' }, 3: { kind: 'amends', toId: '12' } } })).toEqual({
      'links.3.toId': 'duplicateLink',
    });
  });
});

describe('the register query string', () => {
  it('defaults to date ascending with no filters', () => {
    expect(parseRegisterQuery({})).toEqual({ sort: 'date', dir: 'asc' });
  });

  it('reads sorting and filters', () => {
    expect(parseRegisterQuery({ sort: 'partner', dir: 'desc', type: 'twinning', status: 'in_force', partner: 'shumen-province' })).toEqual({
      sort: 'partner',
      dir: 'desc',
      type: 'twinning',
      status: 'in_force',
      partner: 'shumen-province',
    });
  });

  it('ignores each bad value on its own instead of failing', () => {
    expect(parseRegisterQuery({ sort: 'price', dir: 'up', type: 'alliance', status: '', partner: "x'; DROP TABLE" })).toEqual({ sort: 'date', dir: 'asc' });
    expect(parseRegisterQuery({ sort: 'type', dir: 'sideways', partner: 'izmir' })).toEqual({ sort: 'type', dir: 'asc', partner: 'izmir' });
  });

  it('takes the first of repeated keys', () => {
    expect(parseRegisterQuery({ sort: ['status', 'date'], type: ['other', 'twinning'] })).toMatchObject({ sort: 'status', type: 'other' });
  });

  it('never throws on bad input, and gives a query the strict API would accept', () => {
    fc.assert(
      fc.property(searchParamsRecord(Object.keys(registerQueryFields)), (params) => {
        const query = parseRegisterQuery(params);
        for (const [key, value] of Object.entries(query)) {
          if (value !== undefined) expect(registerQueryFields[key as keyof typeof registerQueryFields].safeParse(value).success, key).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ?page= out of the query, read apart from it', () => {
    expect(listPageParam({ page: '3', sort: 'partner' })).toBe(3);
    // The sort links, the filters and the CSV export are built from the query: none carries a page.
    expect(parseRegisterQuery({ page: '3', type: 'twinning' })).toEqual({ sort: 'date', dir: 'asc', type: 'twinning' });
  });
});
