import type { DatePrecision } from '@/lib/generated/prisma/enums';

type Summarized = {
  countryCode: string;
  firstAgreement: { signedOn: Date | null; signedPrecision: DatePrecision | null } | null;
};

export type PartnerSummary<T> = {
  /** Every public partner, on every page. */
  count: number;
  countryCount: number;
  /** The partner whose first dated agreement is the earliest of all, or null when none is dated. */
  oldest: { partner: T; signedOn: Date; precision: DatePrecision } | null;
  /** The first `shown` partners, in the list's order. */
  first: T[];
};

/** The home page's figures, over all partners, and the few partners it shows as cards. */
export function summarizePartners<T extends Summarized>(partners: T[], shown: number): PartnerSummary<T> {
  let oldest: PartnerSummary<T>['oldest'] = null;
  for (const partner of partners) {
    const a = partner.firstAgreement;
    if (a?.signedOn && a.signedPrecision && (!oldest || a.signedOn < oldest.signedOn)) oldest = { partner, signedOn: a.signedOn, precision: a.signedPrecision };
  }
  return { count: partners.length, countryCount: new Set(partners.map((p) => p.countryCode)).size, oldest, first: partners.slice(0, shown) };
}
