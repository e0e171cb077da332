import { formatPartialDateIso } from '@/lib/dates/partial-date';
import type { PartnerForEditing } from '@/lib/server/partners/editing';
import type { AgreementForEditing } from '@/lib/server/agreements/editing';
import type { EventForEditing } from '@/lib/server/events/editing';
import type { ProjectForEditing } from '@/lib/server/projects/editing';

/*
 * Each record kind's stored record as its edit form's field values (the names the form posts):
 * the edit pages fill their forms with them, and an import overlays a file's row on them, so a
 * row changes only what its columns carry.
 */

/** Draft, scheduled or published, and its two times, as every kind's form posts them. */
const publicationValues = (r: { publicationStatus: string; publishAt: Date | null; unpublishAt: Date | null }) => ({
  publicationStatus: r.publicationStatus,
  publishAt: r.publishAt?.toISOString() ?? '',
  unpublishAt: r.unpublishAt?.toISOString() ?? '',
});

/** The stored partner as the form's field values. */
export function partnerFormValues(p: PartnerForEditing): Record<string, string> {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const values: Record<string, string> = {
    version: String(p.version),
    slug: p.slug,
    kind: p.kind,
    status: p.status,
    countryCode: p.countryCode,
    latitude: text(p.latitude),
    longitude: text(p.longitude),
    foundedYear: text(p.foundedYear),
    population: text(p.population),
    populationYear: text(p.populationYear),
    areaKm2: text(p.areaKm2),
    areaYear: text(p.areaYear),
    timeZone: text(p.timeZone),
    websiteUrl: text(p.websiteUrl),
    ...publicationValues(p),
  };
  for (const t of p.translations) {
    values[`translations.${t.locale}.name`] = t.name;
    values[`translations.${t.locale}.regionName`] = text(t.regionName);
    values[`translations.${t.locale}.about`] = text(t.about);
  }
  return values;
}

/** The stored agreement as the form's field values; history and links as numbered rows. */
export function agreementFormValues(a: AgreementForEditing): Record<string, string> {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const values: Record<string, string> = {
    version: String(a.version),
    partnerId: a.partnerId,
    type: a.type,
    status: text(a.status),
    signedOn: a.signedOn && a.signedPrecision ? formatPartialDateIso({ date: a.signedOn, precision: a.signedPrecision }) : '',
    sourceId: text(a.sourceId),
    documentId: text(a.documentId),
    ...publicationValues(a),
  };
  for (const code of a.textLanguages) values[`textLanguages.${code}`] = 'on';
  for (const t of a.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.place`] = text(t.place);
    values[`translations.${t.locale}.signatories`] = text(t.signatories);
    values[`translations.${t.locale}.note`] = text(t.note);
  }
  a.statusHistory.forEach((h, i) => {
    values[`history.${i}.kind`] = h.kind;
    values[`history.${i}.date`] = formatPartialDateIso(h);
    values[`history.${i}.note`] = text(h.note);
  });
  a.linksFrom.forEach((l, i) => {
    values[`links.${i}.kind`] = l.kind;
    values[`links.${i}.toId`] = String(l.toId);
  });
  return values;
}

/** The stored event as the form's field values (ticked boxes as "on", photos numbered in their order). */
export function eventFormValues(e: EventForEditing): Record<string, string> {
  const text = (v: string | null) => v ?? '';
  const values: Record<string, string> = {
    version: String(e.version),
    slug: e.slug,
    category: e.category,
    format: text(e.format),
    projectId: e.projectId === null ? '' : String(e.projectId),
    start: formatPartialDateIso({ date: e.startDate, precision: e.startPrecision }),
    end: e.endDate && e.endPrecision ? formatPartialDateIso({ date: e.endDate, precision: e.endPrecision }) : '',
    ...publicationValues(e),
  };
  for (const t of e.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.body`] = text(t.body);
    values[`translations.${t.locale}.location`] = text(t.location);
  }
  for (const p of e.partners) values[`partners.${p.partnerId}`] = 'on';
  for (const s of e.sources) values[`sources.${s.sourceId}`] = 'on';
  e.photos.forEach((p, i) => {
    values[`photos.${p.mediaId}`] = 'on';
    values[`photoOrder.${p.mediaId}`] = String(i + 1);
  });
  return values;
}

const text = (v: string | null) => v ?? '';
const dated = (date: Date | null, precision: ProjectForEditing['startPrecision']) => (date && precision ? formatPartialDateIso({ date, precision }) : '');

/** The stored project as the form's field values (ticked boxes as "on", rows numbered in order, photos numbered in their order). */
export function projectFormValues(p: ProjectForEditing): Record<string, string> {
  const values: Record<string, string> = {
    version: String(p.version),
    slug: p.slug,
    status: text(p.status),
    start: dated(p.startDate, p.startPrecision),
    end: dated(p.endDate, p.endPrecision),
    ...publicationValues(p),
  };
  for (const t of p.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.summary`] = text(t.summary);
    values[`translations.${t.locale}.outcomes`] = text(t.outcomes);
  }
  for (const theme of p.themes) values[`themes.${theme}`] = 'on';
  for (const x of p.partners) values[`partners.${x.partnerId}`] = 'on';
  for (const x of p.agreements) values[`agreements.${x.agreementId}`] = 'on';
  for (const x of p.sources) values[`sources.${x.sourceId}`] = 'on';
  p.photos.forEach((x, i) => {
    values[`photos.${x.mediaId}`] = 'on';
    values[`photoOrder.${x.mediaId}`] = String(i + 1);
  });
  p.statusHistory.forEach((h, i) => {
    Object.assign(values, { [`history.${i}.status`]: h.status, [`history.${i}.date`]: formatPartialDateIso(h), [`history.${i}.note`]: text(h.note) });
  });
  p.organizations.forEach((o, i) => {
    Object.assign(values, { [`organizations.${i}.kind`]: o.kind, [`organizations.${i}.countryCode`]: text(o.countryCode) });
    for (const t of o.translations)
      Object.assign(values, { [`organizations.${i}.${t.locale}.name`]: t.name, [`organizations.${i}.${t.locale}.city`]: text(t.city) });
  });
  return values;
}
