import { describe, expect, it } from 'vitest';
import { bodyTooLarge, MAX_BODY_MEGABYTES } from './request-limits';

describe('bodyTooLarge', () => {
  const length = (bytes: number | string) => String(bytes);

  it('lets through up to the limit, and requests without a body', () => {
    expect(bodyTooLarge(null)).toBe(false);
    expect(bodyTooLarge(length(MAX_BODY_MEGABYTES * 1024 * 1024))).toBe(false);
  });

  it('refuses a body over the limit', () => {
    expect(bodyTooLarge(length(MAX_BODY_MEGABYTES * 1024 * 1024 + 1))).toBe(true);
  });

  it('ignores a malformed length (the server then reads no more than the limit anyway)', () => {
    expect(bodyTooLarge(length('lots'))).toBe(false);
  });
});
