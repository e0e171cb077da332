import { describe, expect, it } from 'vitest';
import { publicState } from './public-state';

const now = new Date('2026-05-01T10:00:00Z');
const earlier = new Date('2026-05-01T09:00:00Z');
const later = new Date('2026-05-02T09:00:00Z');
const latest = new Date('2026-06-01T09:00:00Z');

describe('publicState', () => {
  it('reads a published record, and a scheduled one whose time has come, as public', () => {
    expect(publicState(now, { publicationStatus: 'published', publishAt: null })).toEqual({ kind: 'public' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: earlier })).toEqual({ kind: 'public' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: now })).toEqual({ kind: 'public' });
  });

  it('gives the moment a scheduled record goes public', () => {
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: later })).toEqual({ kind: 'scheduled', at: later });
  });

  it('keeps a draft, or a schedule without a time, hidden', () => {
    expect(publicState(now, { publicationStatus: 'draft', publishAt: earlier })).toEqual({ kind: 'draft' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: null })).toEqual({ kind: 'draft' });
  });

  it('shows a record with a parent only once both are public', () => {
    const published = { publicationStatus: 'published' as const, publishAt: null };
    expect(publicState(now, published, { publicationStatus: 'draft', publishAt: null })).toEqual({ kind: 'draft' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: later }, { publicationStatus: 'scheduled', publishAt: latest })).toEqual({
      kind: 'scheduled',
      at: latest,
    });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: latest }, published)).toEqual({ kind: 'scheduled', at: latest });
  });
});
