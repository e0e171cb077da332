import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCharactersToSpaces, hasControlCharacter } from './control-characters';

describe('hasControlCharacter', () => {
  it('finds NUL, the other C0 controls, DEL and C1, wherever they are', () => {
    for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f]) {
      expect(hasControlCharacter(`ab${String.fromCharCode(code)}cd`), code.toString(16)).toBe(true);
    }
  });

  it('lets through line breaks, tabs and the invisible characters real text needs', () => {
    for (const text of ['строка\r\nещё\tодна\n', 'Қазақстан', '👨‍👩‍👧‍👦', '\u200Fمرحبا\u200F', 'e\u0301', '\u00A0\u2028\uFEFF']) {
      expect(hasControlCharacter(text), text).toBe(false);
    }
  });

  it('turns each control character into a space and leaves the rest alone', () => {
    expect(controlCharactersToSpaces('a\u0000b\u001Bc\u009F\r\n👩🏽‍🚀')).toBe('a b c \r\n👩🏽‍🚀');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => !hasControlCharacter(controlCharactersToSpaces(text))),
      { numRuns: 300 },
    );
  });

  it('agrees with the Unicode Cc category less tab, LF and CR, for every code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(hasControlCharacter(text)).toBe(/[^\P{Cc}\t\n\r]/u.test(text));
      }),
      { numRuns: 500 },
    );
  });
});
