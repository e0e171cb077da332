import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionalText, requiredText, versionField } from './form-fields';
import { hasControlCharacter } from '@/lib/text/control-characters';
import { nastyText } from '@/tests/support/bad-input';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('admin form text fields', () => {
  it('refuse NUL and the other control characters, naming them', () => {
    for (const control of ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F']) {
      expect(messages(requiredText(100).safeParse(`Қазан${control}`)), JSON.stringify(control)).toEqual(['controlCharacters']);
    }
  });

  it('keep line breaks, tabs and every script, trimming only the ends', () => {
    expect(optionalText(100).parse('  строка\r\nжол\tline 👩🏽‍🚀 \u200Fمرحبا\u200F  ')).toBe('строка\r\nжол\tline 👩🏽‍🚀 \u200Fمرحبا\u200F');
  });

  it('never throw: any text is refused with a message key, or read as trimmed text without controls, or null', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.constant(undefined), fc.array(nastyText, { maxLength: 2 })), (value) => {
        const parsed = optionalText(20_000).safeParse(value);
        if (!parsed.success) {
          expect(messages(parsed).every((m) => ['required', 'tooLong', 'controlCharacters'].includes(m))).toBe(true);
          return;
        }
        if (parsed.data === null) return;
        expect(parsed.data).toBe(parsed.data.trim());
        expect(parsed.data).not.toBe('');
        expect(hasControlCharacter(parsed.data)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('versionField', () => {
  it('takes a PostgreSQL INTEGER, and refuses what would overflow it', () => {
    expect(versionField.parse('7')).toBe(7);
    for (const forged of ['2147483648', '1e308', '-1', '0', '1.5', 'NaN', 'Infinity']) expect(versionField.safeParse(forged).success, forged).toBe(false);
  });
});
