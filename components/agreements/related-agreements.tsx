import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { AgreementName } from './agreement-name';
import { formatStoredDate } from '@/lib/format';
import type { AgreementPermalink } from '@/lib/server/agreements/permalink';
import { forCapitals } from '@/lib/i18n/capitals';

/** Agreements this one supersedes or amends, and those that supersede or amend it. */
export async function RelatedAgreements({ agreement, locale }: { agreement: AgreementPermalink; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('Agreement'), getTranslations('Common')]);
  const related = [
    ...agreement.links.map((l) => ({ relation: l.kind, ...l })),
    ...agreement.backlinks.map((l) => ({ relation: l.kind === 'supersedes' ? ('supersededBy' as const) : ('amendedBy' as const), ...l })),
  ];
  if (related.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t('noRelated')}</p>;
  return (
    <ul className="space-y-3" data-testid="related-agreements">
      {related.map(({ relation, agreement: other }) => (
        <li key={`${relation}-${other.id}`} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{forCapitals(t(`relation.${relation}`), locale)}</p>
          <Link href={`/agreements/${other.id}`} className="mt-1 inline-block font-medium text-brand-700 underline hover:no-underline dark:text-brand-100">
            <AgreementName agreement={other} partnerName={other.partnerName?.text} />
          </Link>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {common(`agreementType.${other.type}`)} · {formatStoredDate(other.signedOn, other.signedPrecision, locale) ?? common('notSpecified')}
          </p>
        </li>
      ))}
    </ul>
  );
}
