import { describe, expect, it } from 'vitest';
import { overlayRow, columnOfField } from './rows';

const context = { locale: 'kk' as const, partnerIds: new Map([['chengdu', 'id-chengdu']]) };
const overlay = (cells: Record<string, string>, base: Record<string, string> = {}) => overlayRow('events', base, new Map(Object.entries(cells)), context);

describe('overlayRow', () => {
  it("brings a date Excel made a day back to its precision column's month, and refuses a precision finer than the date", () => {
    expect(overlay({ startDate: '01.03.2022', startPrecision: 'month' }).values.start).toBe('2022-03');
    expect(overlay({ startDate: '2017', startPrecision: '' }).values.start).toBe('2017');
    expect(overlay({ startDate: '2017', startPrecision: 'day' }).errors).toEqual([{ column: 'startPrecision', code: 'precision', value: 'day' }]);
    expect(overlay({ startDate: 'весна 2022' }).errors).toEqual([{ column: 'startDate', code: 'partialDate', value: 'весна 2022' }]);
  });
  it("writes texts in the import's language, except those the row says came from Russian", () => {
    const { values } = overlay({ title: 'Форум', location: 'Шымкент', fallbackToRussian: 'location' }, { 'translations.kk.location': 'Шымкент қаласы' });
    expect(values).toMatchObject({ 'translations.kk.title': 'Форум', 'translations.kk.location': 'Шымкент қаласы' });
  });
  it('names an unknown partner, and keeps the ticked partners when the list only changed order', () => {
    expect(overlay({ partnerSlugs: 'chengdu; atlantis' }).errors).toEqual([{ column: 'partnerSlugs', code: 'unknownPartner', value: 'atlantis' }]);
    const base = { 'partners.b': 'on', 'partners.id-chengdu': 'on' };
    expect(
      Object.keys(
        overlayRow('events', base, new Map([['partnerSlugs', 'chengdu;x']]), { ...context, partnerIds: new Map([...context.partnerIds, ['x', 'b']]) }).values,
      ),
    ).toEqual(Object.keys(base));
  });
});

describe('columnOfField', () => {
  it("gives a form field's error to its export column", () => {
    expect(columnOfField('events', 'translations.ru.title')).toBe('title');
    expect(columnOfField('events', 'start')).toBe('startDate');
    expect(columnOfField('agreements', 'partnerId')).toBe('partnerSlug');
    expect(columnOfField('events', 'photos.x')).toBeNull();
  });
});
