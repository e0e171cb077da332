import { describe, expect, it } from 'vitest';
import { sortAgreements, type SortableAgreement } from './register-order';

const year = (y: number) => new Date(Date.UTC(y, 0, 1));
const rows: SortableAgreement[] = [
  { id: 1, type: 'twinning', status: null, signedOn: year(2024), partnerName: 'Циндао' },
  { id: 2, type: 'friendly_cooperation_memorandum', status: 'in_force', signedOn: null, partnerName: 'Чэнду' },
  { id: 3, type: 'cooperation', status: 'expired', signedOn: year(2003), partnerName: 'Шуменская область' },
  { id: 4, type: 'friendship_treaty', status: null, signedOn: year(1997), partnerName: 'Эскишехир' },
  { id: 5, type: 'twinning', status: 'in_force', signedOn: null, partnerName: 'Адана' },
];
const ids = (sorted: SortableAgreement[]) => sorted.map((r) => r.id);

describe('the register order', () => {
  it('sorts by date with undated agreements last in both directions', () => {
    expect(ids(sortAgreements(rows, 'date', 'asc', 'ru'))).toEqual([4, 3, 1, 5, 2]);
    expect(ids(sortAgreements(rows, 'date', 'desc', 'ru'))).toEqual([1, 3, 4, 5, 2]);
  });

  it('sorts by partner name in the page language', () => {
    expect(ids(sortAgreements(rows, 'partner', 'asc', 'ru'))).toEqual([5, 1, 2, 3, 4]);
    expect(ids(sortAgreements(rows, 'partner', 'desc', 'ru'))).toEqual([4, 3, 2, 1, 5]);
  });

  it('orders Kazakh letters where Kazakh puts them', () => {
    const kk = [
      { id: 1, type: 'twinning', status: null, signedOn: null, partnerName: 'Ыстамбұл' },
      { id: 2, type: 'twinning', status: null, signedOn: null, partnerName: 'Ескішехир' },
      { id: 3, type: 'twinning', status: null, signedOn: null, partnerName: 'Әлем' },
      { id: 4, type: 'twinning', status: null, signedOn: null, partnerName: 'Байин' },
    ] satisfies SortableAgreement[];
    expect(ids(sortAgreements(kk, 'partner', 'asc', 'kk'))).toEqual([3, 4, 2, 1]);
  });

  it('sorts by type in the order the schema declares, ties by partner', () => {
    expect(ids(sortAgreements(rows, 'type', 'asc', 'ru'))).toEqual([5, 1, 4, 3, 2]);
    expect(ids(sortAgreements(rows, 'type', 'desc', 'ru'))).toEqual([2, 3, 4, 5, 1]);
  });

  it('sorts by status with unknown statuses last', () => {
    expect(ids(sortAgreements(rows, 'status', 'asc', 'ru'))).toEqual([5, 2, 3, 1, 4]);
    expect(ids(sortAgreements(rows, 'status', 'desc', 'ru'))).toEqual([3, 5, 2, 1, 4]);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortAgreements(rows, 'partner', 'desc', 'ru');
    expect(rows).toEqual(copy);
  });
});
