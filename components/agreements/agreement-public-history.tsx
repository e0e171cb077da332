import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/dates/partial-date';
import { formatStoredDate, languageName } from '@/lib/format';
import type { PublicChange, PublicHistoryEntry } from '@/lib/agreements/public-history';
import type { AppLocale } from '@/i18n/routing';
import { formatList } from '@/lib/i18n/intl-words';

/** The public change history of an agreement's facts, newest first. */
export async function AgreementPublicHistory({ history, locale }: { history: PublicHistoryEntry[]; locale: AppLocale }) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: 'AgreementHistory' }), getTranslations({ locale, namespace: 'Common' })]);
  if (history.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>;
  const none = common('notSpecified');
  const list = (codes: string[]) =>
    codes.length > 0
      ? formatList(
          codes.map((c) => languageName(c, locale)),
          locale,
        )
      : none;

  /** A change as a label and, for facts with values, what it was and what it became. */
  function describe(change: PublicChange): { label: string; values?: string } {
    switch (change.field) {
      case 'title':
      case 'place':
      case 'signatories':
      case 'note':
        return {
          label: t('translated', { field: t(`field.${change.field}`), language: languageName(change.language, locale) }),
          values: t('change', { before: change.before ?? none, after: change.after ?? none }),
        };
      case 'type':
        return {
          label: t('field.type'),
          values: t('change', {
            before: change.before ? common(`agreementType.${change.before}`) : none,
            after: change.after ? common(`agreementType.${change.after}`) : none,
          }),
        };
      case 'status':
        return {
          label: t('field.status'),
          values: t('change', {
            before: change.before ? common(`agreementStatus.${change.before}`) : none,
            after: change.after ? common(`agreementStatus.${change.after}`) : none,
          }),
        };
      case 'signed':
        return {
          label: t('field.signed'),
          values: t('change', {
            before: change.before ? formatPartialDate(change.before, locale) : none,
            after: change.after ? formatPartialDate(change.after, locale) : none,
          }),
        };
      case 'textLanguages':
        return { label: t('field.textLanguages'), values: t('change', { before: list(change.before), after: list(change.after) }) };
      case 'document':
        return { label: t(`document.${change.change}`) };
      case 'source':
        return { label: t(`source.${change.change}`) };
      default:
        return { label: t(`summary.${change.field}`) };
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('intro')}</p>
      <ol className="space-y-4 border-l-2 border-brand-100 pl-4 dark:border-brand-800" data-testid="agreement-change-history">
        {history.map((entry, i) => (
          <li key={i} className="space-y-1">
            <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">
              <time dateTime={entry.at.toISOString()}>{formatStoredDate(entry.at, 'day', locale)}</time>
              {entry.editor && <span className="font-normal text-slate-600 dark:text-slate-400"> · {t('editedBy', { name: entry.editor })}</span>}
            </p>
            <ul className="space-y-1 text-sm">
              {entry.changes.map((change, j) => {
                const { label, values } = describe(change);
                return (
                  <li key={j}>
                    <span className={values ? 'font-medium' : undefined}>{label}</span>
                    {values && (
                      <>
                        : <span className="break-words">{values}</span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
