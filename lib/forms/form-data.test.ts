import { describe, expect, it } from 'vitest';
import { formDataObject, submittedValues } from './form-data';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe('formDataObject', () => {
  it('nests dotted names and drops Next.js action fields', () => {
    const data = form([['slug', 'izmir'], ['translations.kk.name', 'Измир'], ['translations.en.name', 'Izmir'], ['$ACTION_ID_abc', '']]);
    expect(formDataObject(data)).toEqual({ slug: 'izmir', translations: { kk: { name: 'Измир' }, en: { name: 'Izmir' } } });
  });
  it('collects repeated names into an array', () => {
    expect(formDataObject(form([['partners', 'a'], ['partners', 'b']]))).toEqual({ partners: ['a', 'b'] });
  });
});

describe('submittedValues', () => {
  it('keeps what the editor typed, by field name', () => {
    expect(submittedValues(form([['translations.ru.name', 'Измир '], ['$ACTION_KEY', 'x']]))).toEqual({ 'translations.ru.name': 'Измир ' });
  });
});
