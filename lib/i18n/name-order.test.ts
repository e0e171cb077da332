import { describe, expect, it } from 'vitest';
import { nameOrder } from './name-order';

describe('nameOrder', () => {
  it('sorts kk-Latn by the 2021 alphabet: Ğ after the G’s, Q after P', () => {
    expect(['Ğalym', 'Qazan', 'Gül', 'Pavlodar', 'Hromtau'].sort(nameOrder('kk-Latn'))).toEqual(['Gül', 'Ğalym', 'Hromtau', 'Pavlodar', 'Qazan']);
  });

  it('sorts the other languages as Intl does', () => {
    expect(['Ğalym', 'Gül', 'Hromtau'].sort(nameOrder('en'))).toEqual(['Ğalym', 'Gül', 'Hromtau']);
  });
});
