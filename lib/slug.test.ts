import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_MAX_LENGTH, slugSchema } from './slug';

describe('slugSchema', () => {
  it('accepts only the canonical form', () => {
    for (const good of ['mogilev', 'shumen-province', '2020-09-23-round-table']) expect(slugSchema.safeParse(good).success).toBe(true);
    for (const bad of ['Mogilev', 'shumen--province', '-a', 'a-', 'eskişehir', 'a b', '']) expect(slugSchema.safeParse(bad).success).toBe(false);
  });
});

describe('isSlug', () => {
  it('agrees with the slug schema, so a finder can skip the query for what names nothing (a NUL from /partners/%00)', () => {
    for (const value of ['chengdu', 'shumen-province', '\u0000', 'chengdu\u0000', 'Chengdu', 'a'.repeat(SLUG_MAX_LENGTH + 1), '', '../x']) {
      expect(isSlug(value), JSON.stringify(value)).toBe(slugSchema.safeParse(value).success);
    }
  });
});
