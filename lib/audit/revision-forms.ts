import { formatPartialDateIso, type DatePrecision } from '@/lib/dates/partial-date';
import { formFromVersion, type VersionFields } from './revisions';

/**
 * Each record kind's saved version as its edit form posts it, so that restoring it goes through the
 * form's schema and the kind's ordinary save. The snapshots flatten what the forms post as ticked
 * boxes ("a, b") and repeatable rows (`history.0.kind`); these put them back.
 */
const LOCALES = ['ru', 'kk', 'en'] as const;
const text = (value: VersionFields[string] | undefined) => (value === null || value === undefined ? '' : String(value));

/** A list field ("a, b") as the ticked boxes of its group, each value mapped to the box's name. */
function ticked(value: VersionFields[string] | undefined, name: (value: string) => string = (v) => v) {
  const values = text(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return Object.fromEntries(values.map((v) => [name(v), 'on']));
}

/** Rows flattened as `history.0.kind` back into `{ 0: { kind, … } }`, every field of a row present (blank for none). */
function rowsOf(fields: VersionFields, group: string, columns: readonly string[]): Record<string, Record<string, string>> {
  const numbers = new Set(
    Object.keys(fields)
      .filter((key) => key.startsWith(`${group}.`))
      .map((key) => key.split('.')[1]),
  );
  return Object.fromEntries([...numbers].map((row) => [row, Object.fromEntries(columns.map((column) => [column, text(fields[`${group}.${row}.${column}`])]))]));
}

/** Photos in their saved order: ticked, and numbered so the form keeps that order. */
function photos(value: VersionFields[string] | undefined) {
  const ids = Object.keys(ticked(value));
  return { photos: ticked(value), photoOrder: Object.fromEntries(ids.map((id, i) => [id, String(i + 1)])) };
}

/** Partners are kept by slug in the snapshots, and posted by id: a slug no partner has any more stays as is, and the form refuses it. */
type PartnerIds = (slug: string) => string | undefined;
const partnerBoxes = (value: VersionFields[string] | undefined, partnerId: PartnerIds) => ticked(value, (slug) => partnerId(slug) ?? slug);

export function agreementForm(fields: VersionFields) {
  const signedOn = fields.signedOn;
  const precision = text(fields.signedPrecision) as DatePrecision;
  return {
    ...formFromVersion(fields, {
      fields: ['partnerId', 'type', 'status', 'sourceId', 'documentId', 'publicationStatus', 'publishAt'],
      translated: ['title', 'place', 'signatories', 'note'],
    }),
    signedOn: typeof signedOn === 'string' ? formatPartialDateIso({ date: new Date(signedOn), precision }) : '',
    textLanguages: ticked(fields.textLanguages),
    history: rowsOf(fields, 'history', ['kind', 'date', 'note']),
    links: rowsOf(fields, 'links', ['kind', 'toId']),
  };
}

export function eventForm(fields: VersionFields, partnerId: PartnerIds) {
  return {
    ...formFromVersion(fields, {
      fields: ['slug', 'start', 'end', 'category', 'format', 'projectId', 'publicationStatus', 'publishAt'],
      translated: ['title', 'body', 'location'],
    }),
    partners: partnerBoxes(fields.partners, partnerId),
    sources: ticked(fields.sources),
    ...photos(fields.photos),
  };
}

export function projectForm(fields: VersionFields, partnerId: PartnerIds) {
  const organizations = rowsOf(fields, 'organizations', ['kind', 'countryCode', ...LOCALES.flatMap((locale) => [`name.${locale}`, `city.${locale}`])]);
  return {
    ...formFromVersion(fields, { fields: ['slug', 'status', 'start', 'end', 'publicationStatus', 'publishAt'], translated: ['title', 'summary', 'outcomes'] }),
    themes: ticked(fields.themes),
    partners: partnerBoxes(fields.partners, partnerId),
    agreements: ticked(fields.agreements),
    sources: ticked(fields.sources),
    ...photos(fields.photos),
    history: rowsOf(fields, 'history', ['status', 'date', 'note']),
    // The snapshot keeps an organization's names as `name.kk`; its form row, per language (`kk.name`).
    organizations: Object.fromEntries(
      Object.entries(organizations).map(([row, o]) => [
        row,
        { kind: o.kind, countryCode: o.countryCode, ...Object.fromEntries(LOCALES.map((l) => [l, { name: o[`name.${l}`], city: o[`city.${l}`] }])) },
      ]),
    ),
  };
}

export function proposalForm(fields: VersionFields) {
  return {
    ...formFromVersion(fields, {
      fields: ['countryCode', 'latitude', 'longitude', 'visibility', 'agreementId', 'publicationStatus', 'publishAt'],
      translated: ['partnerName', 'place', 'initiator', 'rationale'],
    }),
    stages: rowsOf(fields, 'stages', ['stage', 'date', 'note']),
  };
}
