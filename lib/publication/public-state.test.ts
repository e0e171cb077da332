import { describe, expect, it } from 'vitest';
import { publicState } from './public-state';

const now = new Date('2026-05-01T10:00:00Z');
const earlier = new Date('2026-05-01T09:00:00Z');
const later = new Date('2026-05-02T09:00:00Z');
const latest = new Date('2026-06-01T09:00:00Z');

describe('publicState', () => {
  it('reads a published record, and a scheduled one whose time has come, as public', () => {
    expect(publicState(now, { publicationStatus: 'published', publishAt: null, unpublishAt: null })).toEqual({ kind: 'public' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: earlier, unpublishAt: null })).toEqual({ kind: 'public' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: now, unpublishAt: null })).toEqual({ kind: 'public' });
  });

  it('gives the moment a scheduled record goes public', () => {
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: later, unpublishAt: null })).toEqual({ kind: 'scheduled', at: later });
  });

  it('keeps a draft, or a schedule without a time, hidden', () => {
    expect(publicState(now, { publicationStatus: 'draft', publishAt: earlier, unpublishAt: null })).toEqual({ kind: 'draft' });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: null, unpublishAt: null })).toEqual({ kind: 'draft' });
  });

  it('shows a record with a parent only once both are public', () => {
    const published = { publicationStatus: 'published' as const, publishAt: null, unpublishAt: null };
    expect(publicState(now, published, { publicationStatus: 'draft', publishAt: null, unpublishAt: null })).toEqual({ kind: 'draft' });
    expect(
      publicState(
        now,
        { publicationStatus: 'scheduled', publishAt: later, unpublishAt: null },
        { publicationStatus: 'scheduled', publishAt: latest, unpublishAt: null },
      ),
    ).toEqual({
      kind: 'scheduled',
      at: latest,
    });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: latest, unpublishAt: null }, published)).toEqual({ kind: 'scheduled', at: latest });
  });

  it('says when a public or scheduled record goes off the site, the sooner of a record and its parent', () => {
    const published = { publicationStatus: 'published' as const, publishAt: null };
    expect(publicState(now, { ...published, unpublishAt: latest })).toEqual({ kind: 'public', until: latest });
    expect(publicState(now, { publicationStatus: 'scheduled', publishAt: later, unpublishAt: latest })).toEqual({
      kind: 'scheduled',
      at: later,
      until: latest,
    });
    expect(publicState(now, { ...published, unpublishAt: latest }, { ...published, unpublishAt: later })).toEqual({ kind: 'public', until: later });
  });

  it('reads a record whose unpublishing time has come as taken off the site, from that moment, unless it is a draft', () => {
    const published = { publicationStatus: 'published' as const, publishAt: null };
    expect(publicState(now, { ...published, unpublishAt: now })).toEqual({ kind: 'withdrawn', at: now });
    expect(publicState(now, { ...published, unpublishAt: later }, { ...published, unpublishAt: earlier })).toEqual({ kind: 'withdrawn', at: earlier });
    expect(publicState(now, { publicationStatus: 'draft', publishAt: null, unpublishAt: earlier })).toEqual({ kind: 'draft' });
  });
});
