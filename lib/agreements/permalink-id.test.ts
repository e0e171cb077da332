import { describe, expect, it } from 'vitest';
import { parseAgreementId } from './permalink-id';

describe('an agreement permalink id', () => {
  it('is a positive integer as written in the URL', () => {
    expect(parseAgreementId('1')).toBe(1);
    expect(parseAgreementId('2147483647')).toBe(2_147_483_647);
  });

  it('is nothing else', () => {
    for (const segment of ['0', '-1', '007', '1.5', '1e3', '12abc', 'abc', '', ' 1', '2147483648', '99999999999']) {
      expect(parseAgreementId(segment), segment).toBeNull();
    }
  });
});
