import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizedFieldErrors, localizeKey, messagesOf } from './field-errors';

const errors = { required: 'Заполните поле', tooLong: 'Слишком длинно' };
const inputErrors = { controlCharacters: 'Управляющие символы' };
const message = localizeKey([messagesOf(errors, (key) => errors[key]), messagesOf(inputErrors, (key) => `input:${inputErrors[key]}`)], 'Неверное значение');
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected issues');
  return parsed.error.issues;
};

describe('localizedFieldErrors', () => {
  it('gives a field the message its custom key names, from the first group that has the key', () => {
    const schema = z.object({
      name: z.string().min(1, { error: 'required' }),
      note: z.string().refine((v) => !v.includes('\0'), { error: 'controlCharacters' }),
    });
    expect(localizedFieldErrors(issuesOf(schema, { name: '', note: 'a\0' }), message)).toEqual({
      name: 'Заполните поле',
      note: 'input:Управляющие символы',
    });
  });

  it("gives zod's own issues, and keys no group has, the fallback, never zod's English", () => {
    const schema = z.object({ count: z.number(), kind: z.string().refine(() => false, { error: 'noSuchKey' }) });
    expect(localizedFieldErrors(issuesOf(schema, { count: 'x', kind: 'y' }), message)).toEqual({ count: 'Неверное значение', kind: 'Неверное значение' });
  });

  it('names a nested field by its dotted form name', () => {
    const schema = z.object({ alt: z.object({ kk: z.string().max(2, { error: 'tooLong' }) }) });
    expect(localizedFieldErrors(issuesOf(schema, { alt: { kk: 'long' } }), message)).toEqual({ 'alt.kk': 'Слишком длинно' });
  });

  it('keeps the first issue of a field', () => {
    const schema = z.object({ name: z.string().min(5, { error: 'required' }).max(1, { error: 'tooLong' }) });
    expect(localizedFieldErrors(issuesOf(schema, { name: 'abc' }), message)).toEqual({ name: 'Заполните поле' });
  });

  it('leaves a form without issues without field errors', () => {
    expect(localizedFieldErrors([], message)).toEqual({});
  });
});

describe('localizeKey', () => {
  it('does not take inherited properties for message keys', () => {
    expect(message('toString')).toBe('Неверное значение');
  });
});
