import { describe, expect, it } from 'vitest';
import { parseRegisterQuery } from '@/lib/schemas/agreement';
import { agreementsCsvUrl, calendarUrl, eventsCsvUrl, feedUrl, projectsCsvUrl } from './download-urls';

describe('download URLs', () => {
  it('carry the register’s filters and order, leaving out the defaults', () => {
    expect(agreementsCsvUrl('kk', parseRegisterQuery({}))).toBe('/api/v1/agreements.csv?locale=kk');
    expect(agreementsCsvUrl('ru', parseRegisterQuery({ partner: 'chengdu', type: 'friendly_cooperation_memorandum', sort: 'status', dir: 'desc' }))).toBe(
      '/api/v1/agreements.csv?locale=ru&type=friendly_cooperation_memorandum&partner=chengdu&sort=status&dir=desc',
    );
  });
  it('carry the timeline’s filters without a page', () => {
    expect(eventsCsvUrl('en', { year: 2021, partner: 'chengdu', category: undefined })).toBe('/api/v1/events.csv?locale=en&year=2021&partner=chengdu');
    expect(eventsCsvUrl('ru', { year: undefined, partner: undefined, category: 'culture' })).toBe('/api/v1/events.csv?locale=ru&category=culture');
  });
  it('carry the projects register’s filters and order without a page, leaving out the default order', () => {
    expect(projectsCsvUrl('kk', {}, 'start')).toBe('/api/v1/projects.csv?locale=kk');
    expect(projectsCsvUrl('en', { theme: 'education', partner: 'shenzhen', year: 2025, kind: 'school', status: 'active' }, 'title')).toBe(
      '/api/v1/projects.csv?locale=en&theme=education&partner=shenzhen&status=active&year=2025&kind=school&sort=title',
    );
  });
  it('name the feeds by locale and partner', () => {
    expect(calendarUrl('kk')).toBe('/kk/events.ics');
    expect(calendarUrl('ru', 'shumen-province')).toBe('/ru/partners/shumen-province/events.ics');
    expect(feedUrl('en')).toBe('/en/feed.xml');
    expect(calendarUrl('kk-Latn', 'izmir')).toBe('/kk-latn/partners/izmir/events.ics');
    expect(feedUrl('kk-Latn')).toBe('/kk-latn/feed.xml');
  });
});
