import { describe, expect, it } from 'vitest';
import { projectInputSchema } from './project';

const A = '0b7c6f57-6a0f-4d8e-9a43-5a1f1a2b3c4d';
const [P, Q] = ['2d9e8f79-8c2f-4fa0-9c65-7c3f3c4d5e6f', '3eaf9f8a-9d3f-4fb1-8d76-8d4f4d5e6f70'];
const ticked = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'on']));
const blank = { title: '', summary: '', outcomes: '' };
const noName = { name: '', city: '' };
const valid = {
  slug: 'school-exchange',
  themes: ticked('education', 'youth'),
  status: 'active',
  start: '2019',
  end: '',
  partners: ticked(A),
  agreements: ticked('3'),
  sources: ticked('1'),
  publicationStatus: 'published',
  publishAt: '',
  translations: { ru: { ...blank, title: ' Обмен школьников ' }, kk: blank, en: { ...blank, title: 'School exchange' } },
};

const errorsOf = (input: unknown) => {
  const parsed = projectInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('projectInputSchema', () => {
  it('reads a filled-in form: themes, partners and agreements as lists, dates at their precision, blank status "not specified"', () => {
    const p = projectInputSchema.parse({ ...valid, status: '' });
    expect(p).toMatchObject({ themes: ['education', 'youth'], partners: [A], agreements: [3], sources: [1], status: null, end: null, photos: [] });
    expect(p.start).toEqual({ date: new Date(Date.UTC(2019, 0, 1)), precision: 'year' });
    expect(p.translations.ru.title).toBe('Обмен школьников');
    expect(p.translations.kk.title).toBeNull();
  });

  it('needs at least one theme, and a partner once it goes public, but lets a draft wait for its partners', () => {
    expect(errorsOf({ ...valid, themes: undefined })).toEqual({ themes: 'themesRequired' });
    expect(errorsOf({ ...valid, themes: ticked('astrology') })).toEqual({ 'themes.0': 'invalid' });
    expect(errorsOf({ ...valid, partners: undefined })).toEqual({ partners: 'partnersRequired' });
    expect(errorsOf({ ...valid, partners: undefined, publicationStatus: 'draft' })).toEqual({});
  });

  it('compares the end with the start as periods, as the database does', () => {
    expect(errorsOf({ ...valid, start: '2021-08', end: '2021' })).toEqual({});
    expect(errorsOf({ ...valid, start: '2021-08', end: '2021-07-31' })).toEqual({ end: 'endBeforeStart' });
    expect(errorsOf({ ...valid, start: '', end: '2021' })).toEqual({});
    expect(errorsOf({ ...valid, start: '2021-02-30' })).toEqual({ start: 'partialDate' });
  });

  it('reads the status history and the organizations in row order, dropping blank rows', () => {
    const p = projectInputSchema.parse({
      ...valid,
      history: {
        7: { status: 'active', date: '2020', note: '' },
        2: { status: 'planned', date: '2019-05', note: 'Меморандум' },
        9: { status: '', date: '', note: '' },
      },
      organizations: {
        1: { kind: 'school', countryCode: 'cn', ru: { name: 'Школа Кэчжуан', city: 'Шэньчжэнь' }, kk: noName, en: { name: 'Ke Zhuang School', city: '' } },
        0: { kind: 'school', countryCode: '', ru: { name: 'Школа «Солнце»', city: '' }, kk: noName, en: noName },
        4: { kind: '', countryCode: '', ru: noName, kk: noName, en: noName },
      },
    });
    expect(p.history.map((h) => h.status)).toEqual(['planned', 'active']);
    expect(p.history[0]).toMatchObject({ date: { precision: 'month' }, note: 'Меморандум' });
    expect(p.organizations.map((o) => [o.ru.name, o.countryCode])).toEqual([
      ['Школа «Солнце»', null],
      ['Школа Кэчжуан', 'CN'],
    ]);
    expect(p.organizations[1]?.en).toEqual({ name: 'Ke Zhuang School', city: null });
  });

  it('puts each refusal beside its row: a history row without a date, an organization without a name or with a bad country', () => {
    expect(
      errorsOf({
        ...valid,
        history: { 3: { status: 'active', date: '', note: '' } },
        organizations: { 5: { kind: 'ngo', countryCode: 'Китай', ru: noName, kk: { name: '', city: 'Алматы' }, en: noName } },
      }),
    ).toEqual({
      'history.3.date': 'required',
      'organizations.5.countryCode': 'country',
      'organizations.5.ru.name': 'required',
      'organizations.5.kk.name': 'titleForTranslation',
    });
  });

  it('orders the ticked photos by the numbers given', () => {
    const p = projectInputSchema.parse({ ...valid, photos: ticked(P, Q), photoOrder: { [P]: '2', [Q]: '1' } });
    expect(p.photos).toEqual([Q, P]);
    expect(errorsOf({ ...valid, photos: ticked(P), photoOrder: { [P]: 'first' } })).toEqual({ [`photoOrder.${P}`]: 'integer' });
  });
});
