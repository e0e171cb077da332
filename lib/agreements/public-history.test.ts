import { describe, expect, it } from 'vitest';
import { publicHistory, type AuditEntry } from './public-history';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const entry = (day: number, action: string, changes: AuditEntry['changes'], editor = 'Данияр'): AuditEntry => ({ at: at(day), action, changes, editor });
const current = { signedOn: new Date(Date.UTC(2019, 9, 1)), signedPrecision: 'month' as const };

describe('publicHistory', () => {
  const log = [
    entry(1, 'create', { publicationStatus: { before: null, after: 'draft' }, 'title.ru': { before: null, after: 'Черновик' } }),
    entry(2, 'update', { 'title.ru': { before: 'Черновик', after: 'Меморандум' } }),
    entry(3, 'publish', { publicationStatus: { before: 'draft', after: 'published' }, status: { before: null, after: 'signed' } }),
    entry(4, 'update', {
      status: { before: 'suspended', after: 'in_force' },
      version: { before: 2, after: 3 },
      documentId: { before: null, after: '7d1c0b8e-0000-4000-8000-000000000000' },
    }),
    entry(5, 'delete', { deletedAt: { before: null, after: '2026-01-05T00:00:00.000Z' } }),
    entry(6, 'update', {
      signedPrecision: { before: 'year', after: 'month' },
      signedOn: { before: '2019-01-01T00:00:00.000Z', after: '2019-10-01T00:00:00.000Z' },
      'history.0.kind': { before: 'signed', after: 'in_force' },
    }),
  ];

  it('shows only what changed after the first publication, newest first, without bookkeeping', () => {
    const history = publicHistory(log, current, false);
    expect(history.map((e) => e.at)).toEqual([at(6), at(4)]);
    expect(history[1]!.changes).toEqual([
      { field: 'status', before: 'suspended', after: 'in_force' },
      { field: 'document', change: 'added' },
    ]);
    expect(JSON.stringify(history)).not.toMatch(/Черновик|7d1c0b8e|version|deletedAt|publicationStatus/);
  });

  it('pairs the signing date with its precision, and names editors only when allowed', () => {
    const [latest] = publicHistory(log, current, true);
    expect(latest!.editor).toBe('Данияр');
    expect(latest!.changes).toEqual([
      { field: 'signed', before: { date: new Date(Date.UTC(2019, 0, 1)), precision: 'year' }, after: { date: current.signedOn, precision: 'month' } },
      { field: 'statusHistory' },
    ]);
    expect(publicHistory(log, current, false)[0]!.editor).toBeNull();
  });

  it('completes a date whose precision alone changed from the state the entry left behind', () => {
    const history = publicHistory([entry(1, 'update', { signedPrecision: { before: 'year', after: 'month' } })], current, false);
    expect(history[0]!.changes).toEqual([
      { field: 'signed', before: { date: current.signedOn, precision: 'year' }, after: { date: current.signedOn, precision: 'month' } },
    ]);
  });

  it('shows every edit of a seeded record (public from the start), and none of a scheduled draft before scheduling', () => {
    expect(publicHistory([entry(1, 'update', { 'place.en': { before: null, after: 'Kazan' } })], current, false)).toHaveLength(1);
    const scheduled = [
      entry(1, 'create', { publicationStatus: { before: null, after: 'draft' } }),
      entry(2, 'update', { 'note.ru': { before: null, after: 'черновая заметка' } }),
      entry(3, 'update', { publicationStatus: { before: 'draft', after: 'scheduled' } }),
      entry(4, 'update', { 'note.ru': { before: 'черновая заметка', after: 'Заметка' } }),
    ];
    expect(publicHistory(scheduled, current, false).map((e) => e.at)).toEqual([at(4)]);
  });
});
