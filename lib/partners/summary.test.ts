import { describe, expect, it } from 'vitest';
import { summarizePartners } from './summary';

const partner = (slug: string, countryCode: string, signedOn: string | null) => ({
  slug,
  countryCode,
  firstAgreement: { signedOn: signedOn ? new Date(signedOn) : null, signedPrecision: signedOn ? ('year' as const) : null },
});

describe('the home page summary of the partners', () => {
  it('counts every partner and country, and finds the oldest agreement beyond the cards shown', () => {
    const partners = [partner('a', 'TR', '2001-01-01'), partner('b', 'TR', null), partner('c', 'CN', '1997-01-01'), partner('d', 'DE', '1999-01-01')];
    const summary = summarizePartners(partners, 2);
    expect(summary.count).toBe(4);
    expect(summary.countryCount).toBe(3);
    expect(summary.first.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(summary.oldest).toEqual({ partner: partners[2], signedOn: new Date('1997-01-01'), precision: 'year' });
  });

  it('has no oldest agreement when none is dated, and shows all of a short list', () => {
    const partners = [partner('a', 'TR', null), { slug: 'b', countryCode: 'BY', firstAgreement: null }];
    const summary = summarizePartners(partners, 12);
    expect(summary.oldest).toBeNull();
    expect(summary.first).toEqual(partners);
  });
});
