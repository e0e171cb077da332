import { describe, expect, it } from 'vitest';
import { CSV_HEADERS } from '@/lib/open-data/csv';
import { checkHeader, kindOfHeader } from './header';
import { ImportFileError } from './import-file-error';

describe('kindOfHeader', () => {
  it("names the kind of each export's own header, and of a part of it", () => {
    expect(kindOfHeader(CSV_HEADERS.partners)).toBe('partners');
    expect(kindOfHeader(CSV_HEADERS.agreements)).toBe('agreements');
    expect(kindOfHeader(CSV_HEADERS.events)).toBe('events');
    expect(kindOfHeader(CSV_HEADERS.projects)).toBe('projects');
    expect(kindOfHeader(['slug', 'title', 'themes'])).toBe('projects');
    expect(kindOfHeader(['slug', 'название'])).toBeNull();
  });
});

describe('checkHeader', () => {
  it("accepts an export's header and gives each column's position", () => {
    expect(checkHeader('events', CSV_HEADERS.events).get('startDate')).toBe(CSV_HEADERS.events.indexOf('startDate'));
  });
  it('refuses a wrong header naming the column', () => {
    const refused = (header: string[]) => {
      try {
        checkHeader('events', header);
      } catch (error) {
        return error instanceof ImportFileError ? [error.code, error.detail.column] : error;
      }
      return 'accepted';
    };
    expect(refused(['slug', 'title', 'Дата начала'])).toEqual(['unknown-column', 'Дата начала']);
    expect(refused(['slug', 'title', 'slug'])).toEqual(['duplicate-column', 'slug']);
    expect(refused(['slug', 'startDate'])).toEqual(['missing-column', 'title']);
  });
});
