import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formDataObject, submittedValues } from './form-data';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe('formDataObject', () => {
  it('nests dotted names and drops Next.js action fields', () => {
    const data = form([
      ['slug', 'izmir'],
      ['translations.kk.name', 'Измир'],
      ['translations.en.name', 'Izmir'],
      ['$ACTION_ID_abc', ''],
    ]);
    expect(formDataObject(data)).toEqual({ slug: 'izmir', translations: { kk: { name: 'Измир' }, en: { name: 'Izmir' } } });
  });
  it('drops names that would write into Object.prototype, and builds only plain data', () => {
    const parsed = formDataObject(
      form([
        ['__proto__.polluted', 'yes'],
        ['translations.__proto__.polluted', 'yes'],
        ['a.__proto__', 'x'],
        ['constructor.prototype.polluted', 'yes'],
        ['slug', 'ok'],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toEqual({ constructor: { prototype: { polluted: 'yes' } }, slug: 'ok' });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'a', ''), { minLength: 1, maxLength: 4 }), fc.string()),
          { maxLength: 6 },
        ),
        (fields) => {
          formDataObject(form(fields.map(([path, value]) => [path.join('.'), value])));
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).a).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
  it('collects repeated names into an array', () => {
    expect(
      formDataObject(
        form([
          ['partners', 'a'],
          ['partners', 'b'],
        ]),
      ),
    ).toEqual({ partners: ['a', 'b'] });
  });
});

describe('submittedValues', () => {
  it('keeps what the editor typed, by field name', () => {
    expect(
      submittedValues(
        form([
          ['translations.ru.name', 'Измир '],
          ['$ACTION_KEY', 'x'],
        ]),
      ),
    ).toEqual({ 'translations.ru.name': 'Измир ' });
  });
});
