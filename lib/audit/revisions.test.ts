import { describe, expect, it } from 'vitest';
import type { FieldChanges } from './field-changes';
import { compareVersions, formFromVersion, rebuildVersions } from './revisions';

// A partner created in ru, then given an English name, then trashed: as the audit log holds it.
const created = { slug: { before: null, after: 'izmir' }, 'name.ru': { before: null, after: 'Измир' }, population: { before: null, after: 4_000_000 } };
const renamed = { 'name.en': { before: null, after: 'Izmir' }, population: { before: 4_000_000, after: 4_400_000 } };
const trashed = { deletedAt: { before: null, after: '2026-12-05T00:00:00.000Z' } };
const fieldsAfter = (current: Record<string, unknown>, changes: FieldChanges[]) =>
  rebuildVersions(
    current,
    changes.map((each) => ({ changes: each })),
  ).versions.map((version) => version.fields);
const now = { slug: 'izmir', 'name.ru': 'Измир', 'name.en': 'Izmir', population: 4_400_000, deletedAt: '2026-12-05T00:00:00.000Z', version: 3 };

describe('rebuildVersions', () => {
  it('gives the record as it stood after each saved change, oldest first, from the record now and the changes alone', () => {
    expect(fieldsAfter(now, [created, renamed, trashed])).toEqual([
      { slug: 'izmir', 'name.ru': 'Измир', population: 4_000_000 },
      { slug: 'izmir', 'name.ru': 'Измир', 'name.en': 'Izmir', population: 4_400_000 },
      { slug: 'izmir', 'name.ru': 'Измир', 'name.en': 'Izmir', population: 4_400_000, deletedAt: '2026-12-05T00:00:00.000Z' },
    ]);
  });
  it('keeps what a record held before its first audited change (seeded data), and nothing before its creation', () => {
    const seeded = rebuildVersions({ slug: 'kazan', population: 1_300_000 }, [{ changes: { population: { before: 1_250_000, after: 1_300_000 } } }]);
    expect(seeded.versions.map((version) => version.fields)).toEqual([{ slug: 'kazan', population: 1_300_000 }]);
    expect(seeded.earliest).toEqual({ slug: 'kazan', population: 1_250_000 });
    expect(
      rebuildVersions(
        now,
        [created, renamed, trashed].map((changes) => ({ changes })),
      ).earliest,
    ).toEqual({});
  });
});

describe('compareVersions', () => {
  const [first = {}, second = {}] = fieldsAfter(now, [created, renamed, trashed]);
  it('sets a translated field side by side in ru, kk and en, marking what changed', () => {
    const name = compareVersions(first, second).find((row) => row.field === 'name');
    expect(name).toEqual({
      field: 'name',
      changed: true,
      cells: [
        { locale: 'ru', before: 'Измир', after: 'Измир', changed: false },
        { locale: 'kk', before: null, after: null, changed: false },
        { locale: 'en', before: null, after: 'Izmir', changed: true },
      ],
    });
  });
  it('gives a field without languages one cell, and lists every field of either version', () => {
    const rows = compareVersions(first, second);
    expect(rows.map((row) => row.field)).toEqual(['name', 'population', 'slug']);
    expect(rows.find((row) => row.field === 'population')).toEqual({
      field: 'population',
      changed: true,
      cells: [{ locale: null, before: 4_000_000, after: 4_400_000, changed: true }],
    });
    expect(rows.find((row) => row.field === 'slug')?.changed).toBe(false);
  });
  it('finds nothing changed between a version and itself', () => {
    expect(compareVersions(second, second).some((row) => row.changed)).toBe(false);
  });
});

describe('formFromVersion', () => {
  it('gives a version back as its edit form would post it: text fields, blank for none, only the form’s own, each language’s texts together', () => {
    const version = {
      slug: 'izmir',
      deletedAt: '2026-12-05T00:00:00.000Z',
      population: 4_000_000,
      publishAt: '2026-04-26T00:00:00.000Z',
      'name.ru': 'Измир',
      'name.en': 'Izmir',
      'about.en': 'Port',
    };
    expect(formFromVersion(version, { fields: ['slug', 'population', 'foundedYear', 'publishAt'], translated: ['name', 'about'] })).toEqual({
      slug: 'izmir',
      population: '4000000',
      foundedYear: '',
      publishAt: '2026-04-26T00:00:00.000Z',
      translations: { ru: { name: 'Измир', about: '' }, kk: { name: '', about: '' }, en: { name: 'Izmir', about: 'Port' } },
    });
  });
});
