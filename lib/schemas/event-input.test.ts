import { describe, expect, it } from 'vitest';
import { eventInputSchema } from './event-input';

const [A, B] = ['0b7c6f57-6a0f-4d8e-9a43-5a1f1a2b3c4d', '1c8d7e68-7b1f-4e9f-8b54-6b2f2b3c4d5e'];
const [P, Q, R] = ['2d9e8f79-8c2f-4fa0-9c65-7c3f3c4d5e6f', '3eaf9f8a-9d3f-4fb1-8d76-8d4f4d5e6f70', '4fb0a09b-ae4f-4fc2-9e87-9e5f5e6f7081'];
const ticked = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'on']));
const blank = { title: '', body: '', location: '' };
const valid = {
  slug: 'kazan-forum-2021',
  partners: ticked(A, B),
  start: '2021-03-15',
  end: '2021-03-17',
  category: 'forum',
  format: '',
  sources: ticked('1'),
  publicationStatus: 'draft',
  publishAt: '',
  translations: { ru: { ...blank, title: ' Форум ' }, kk: blank, en: { ...blank, title: 'Forum', location: 'Kazan' } },
};

const errorsOf = (input: unknown) => {
  const parsed = eventInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('eventInputSchema', () => {
  it('reads a filled-in form: dates at their precision, blank format is "not specified", ticked boxes are lists of ids', () => {
    const e = eventInputSchema.parse({ ...valid, start: '2021', end: '' });
    expect(e.start).toEqual({ date: new Date(Date.UTC(2021, 0, 1)), precision: 'year' });
    expect(e).toMatchObject({ end: null, format: null, partners: [A, B], sources: [1], photos: [] });
    expect(e.translations.ru.title).toBe('Форум');
    expect(e.translations.kk.title).toBeNull();
    expect(eventInputSchema.parse({ ...valid, start: '2021-08', end: '2021-09-02' }).end).toEqual({ date: new Date(Date.UTC(2021, 8, 2)), precision: 'day' });
  });

  it('refuses an end before the start, and an end that begins before a more precise start', () => {
    expect(errorsOf({ ...valid, start: '2021-03-15', end: '2021-03-14' })).toEqual({ end: 'endBeforeStart' });
    expect(errorsOf({ ...valid, start: '2021-03', end: '2020' })).toEqual({ end: 'endBeforeStart' });
    expect(errorsOf({ ...valid, start: '2021-03-15', end: '2021-03' })).toEqual({ end: 'endLessPrecise' });
    expect(errorsOf({ ...valid, start: '2021', end: '2021-03' })).toEqual({});
  });

  it('names each wrong field with a message key', () => {
    expect(errorsOf({ ...valid, slug: 'Форум', partners: undefined, start: '2021-02-30', end: '15.03.2021', category: 'party', format: 'radio' })).toEqual({
      slug: 'slug',
      partners: 'partnersRequired',
      start: 'partialDate',
      end: 'partialDate',
      category: 'required',
      format: 'invalid',
    });
    expect(errorsOf({ ...valid, start: '', translations: { ...valid.translations, ru: blank } })).toMatchObject({
      start: 'required',
      'translations.ru.title': 'required',
    });
  });

  it('wants a Kazakh title for a Kazakh text, and a time for a scheduled event', () => {
    expect(errorsOf({ ...valid, publicationStatus: 'scheduled', translations: { ...valid.translations, kk: { ...blank, body: 'Форум өтті' } } })).toEqual({
      publishAt: 'publishAtRequired',
      'translations.kk.title': 'titleForTranslation',
    });
  });

  it('orders the photos by the numbers given; unnumbered ones follow in the order ticked', () => {
    const e = eventInputSchema.parse({ ...valid, photos: ticked(P, Q, R), photoOrder: { [P]: '', [Q]: '2', [R]: '1' } });
    expect(e.photos).toEqual([R, Q, P]);
    expect(errorsOf({ ...valid, photos: ticked(P), photoOrder: { [P]: 'first', [Q]: 'ignored: not ticked' } })).toEqual({ [`photoOrder.${P}`]: 'integer' });
  });
});
