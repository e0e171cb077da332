import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatStoredDate, languageName } from '@/lib/format';
import { agreementChoices } from '@/lib/server/agreements/editing';
import { AgreementLinkKind, AgreementStatus, AgreementStatusChangeKind, AgreementType } from '@/lib/generated/prisma/enums';
import type { AppLocale } from '@/i18n/routing';

/** The portal's own languages, offered first for a signed text. */
const BASE_LANGUAGES = ['ru', 'kk', 'en'];
/**
 * Other languages twinning agreements of Kazakh and Russian cities are commonly signed in (the
 * neighbours' and the usual partner countries'); any code already stored is offered as well.
 */
const OTHER_LANGUAGES = [
  'ar',
  'az',
  'be',
  'de',
  'es',
  'fa',
  'fr',
  'hy',
  'it',
  'ja',
  'ka',
  'ko',
  'ky',
  'lt',
  'lv',
  'mn',
  'pl',
  'tg',
  'tk',
  'tr',
  'tt',
  'uk',
  'uz',
  'zh',
];

/**
 * The choices of the agreement form with their labels, computed on the server (the browser may
 * lack Kazakh locale data for language names and dates). `current` is what the edited agreement
 * already points at, so a trashed partner, document or linked agreement still shows as chosen.
 */
export async function agreementFormOptions(
  headers: Headers,
  locale: AppLocale,
  current: { id?: number; partnerId?: string; documentId?: string | null; linkIds?: number[]; textLanguages?: string[] } = {},
) {
  const [choices, t, common, agreement] = await Promise.all([
    agreementChoices(headers, locale, current),
    getTranslations({ locale, namespace: 'AdminAgreements' }),
    getTranslations({ locale, namespace: 'Common' }),
    getTranslations({ locale, namespace: 'Agreement' }),
  ]);
  const collator = new Intl.Collator(locale);
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const dated = (date: Date | null) => (date ? formatStoredDate(date, 'day', locale) : null);
  const typeLabel = (type: AgreementType) => common(`agreementType.${type}`);
  const others = [...new Set([...OTHER_LANGUAGES, ...choices.languages, ...(current.textLanguages ?? [])])]
    .filter((code) => !BASE_LANGUAGES.includes(code))
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return {
    partners: choices.partners.map((p) => ({ value: p.id, label: p.name })).sort((a, b) => collator.compare(a.label, b.label)),
    types: Object.values(AgreementType).map((v) => ({ value: v, label: typeLabel(v) })),
    statuses: Object.values(AgreementStatus).map((v) => ({ value: v, label: common(`agreementStatus.${v}`) })),
    historyKinds: Object.values(AgreementStatusChangeKind).map((v) => ({ value: v, label: agreement(`statusChange.${v}`) })),
    linkKinds: Object.values(AgreementLinkKind).map((v) => ({ value: v, label: agreement(`relation.${v}`) })),
    languages: [...BASE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) })), ...others],
    sources: choices.sources.map((s) => ({ value: String(s.id), label: [s.title, s.publisher, dated(s.publishedOn)].filter(Boolean).join(' — ') })),
    documents: choices.documents.map((d) => ({
      value: d.id,
      label: t('documentOption', {
        name: d.originalName ?? agreement('documentUnnamed'),
        size: kilobytes.format(Math.ceil(d.byteSize / 1024)),
        uploaded: dated(d.createdAt) ?? '',
      }),
    })),
    agreements: choices.agreements.map((a) => ({
      value: String(a.id),
      label: t('agreementOption', {
        id: a.id,
        title: a.title ?? typeLabel(a.type),
        partner: a.partnerName,
        date: formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified'),
      }),
    })),
  };
}
