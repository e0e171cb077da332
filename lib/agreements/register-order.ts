import { AgreementStatus, AgreementType } from '@/lib/generated/prisma/enums';
import type { RegisterSortKey, SortDirection } from '@/lib/schemas/agreement';
import { nameOrder } from '@/lib/i18n/name-order';

/** What the register's order looks at in a row. */
export type SortableAgreement = { id: number; type: AgreementType; status: AgreementStatus | null; signedOn: Date | null; partnerName: string };

type Compare<V> = (a: V, b: V) => number;

/** Unknown values ("not specified") sort last whatever the direction: they are neither the oldest nor the newest. */
const nullsLast =
  <V>(compare: Compare<V>): Compare<V | null> =>
  (a, b) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : compare(a, b);

const byTime = nullsLast<number>((a, b) => a - b);
// Types and statuses sort in the order the schema declares them: the closest kind of tie first,
// agreements in force before ended ones.
const TYPE_ORDER = Object.values(AgreementType);
const STATUS_ORDER = Object.values(AgreementStatus);
const byType: Compare<AgreementType> = (a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);
const byStatus: Compare<AgreementStatus> = (a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);

/**
 * Orders the register by a column. Ties fall back to the partner's name in the page's language,
 * then to the date, then to the record id, so the order never depends on the database's whim.
 */
export function sortAgreements<T extends SortableAgreement>(rows: readonly T[], key: RegisterSortKey, dir: SortDirection, locale: string): T[] {
  const order = nameOrder(locale);
  const sign = dir === 'asc' ? 1 : -1;
  const time = (row: T) => row.signedOn?.getTime() ?? null;
  const byPartner: Compare<T> = (a, b) => order(a.partnerName, b.partnerName);
  const primary: Record<RegisterSortKey, Compare<T>> = {
    date: (a, b) => nullsLast<number>((x, y) => sign * (x - y))(time(a), time(b)),
    partner: (a, b) => sign * byPartner(a, b),
    type: (a, b) => sign * byType(a.type, b.type),
    status: (a, b) => nullsLast<AgreementStatus>((x, y) => sign * byStatus(x, y))(a.status, b.status),
  };
  return [...rows].sort((a, b) => primary[key](a, b) || byPartner(a, b) || byTime(time(a), time(b)) || a.id - b.id);
}
