import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toKazakhLatin } from '@/lib/text/kazakh-latin';
import { latinSearchKey } from './kazakh-latin-key';

const sameKey = (...texts: string[]) => new Set(texts.map(latinSearchKey)).size === 1;

describe('latinSearchKey', () => {
  it('gives a Latin query and the Cyrillic record the same key', () => {
    expect(latinSearchKey('Шымкент')).toBe('symkent');
    expect(sameKey('Şymkent', 'Symkent', 'ŞYMKENT', 'Шымкент', 'шымкент')).toBe(true);
    expect(latinSearchKey('Қазақстан')).toBe('qazaqstan');
    expect(sameKey('Qazaqstan', 'qazaqstan', 'Қазақстан')).toBe(true);
    expect(latinSearchKey('Измир')).toBe('izmir');
    expect(sameKey('Izmir', 'İzmir', 'izmir', 'IZMIR', 'Измир')).toBe(true);
    expect(sameKey('Ystambul', 'Ystambūl', 'Ыстамбұл', 'Ыстамбул')).toBe(true);
    expect(sameKey('Eskişehir', 'Eskışehir', 'Ескішехир')).toBe(true);
  });

  it('matches the spellings of a keyboard without Kazakh letters: sh, ch, zh, kh', () => {
    expect(sameKey('Shymkent', 'Шымкент')).toBe(true);
    expect(sameKey('Zhambyl', 'Jambyl', 'Жамбыл')).toBe(true);
    expect(sameKey('Cheboksary', 'Şeboksary', 'Чебоксары')).toBe(true);
    expect(sameKey('Kazakhstan', 'Казахстан')).toBe(true);
  });

  it('gives a word and its official transliteration the same key, whatever the context rules did', () => {
    for (const word of ['Мария', 'Паттайя', 'бюджет', 'компьютер', 'актёр', 'Казань', 'асфальт', 'сценарий', 'ащы', 'Ульяновск', 'ЮНЕСКО', 'объект', 'Ясауи'])
      expect(latinSearchKey(toKazakhLatin(word)), word).toBe(latinSearchKey(word));
    const letter = fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБЁИЙІЫЮЯЬЩ');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 10 }), (letters) => {
        const word = letters.join('');
        expect(latinSearchKey(toKazakhLatin(word))).toBe(latinSearchKey(word));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps different names apart', () => {
    expect(latinSearchKey('Қазан')).not.toBe(latinSearchKey('Қазақстан'));
    expect(latinSearchKey('Адана')).not.toBe(latinSearchKey('Алматы'));
    expect(latinSearchKey('Шымкент')).not.toBe(latinSearchKey('Шымкала'));
  });

  it('leaves digits, spaces and punctuation for the search to split on', () => {
    expect(latinSearchKey('Қазан форумы 2021-де')).toBe('qazan forumy 2021-de');
  });
});
