import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocalizedText } from '@/components/ui/localized-text';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { countryName } from '@/lib/format';
import { formatPartialDate, formatPartialDateIso } from '@/lib/dates/partial-date';
import { proposalAnchor } from '@/lib/proposals/anchor';
import type { PublicProposal } from '@/lib/server/proposals/public-list';

const linkClass = 'text-brand-700 underline hover:no-underline dark:text-brand-100';

/**
 * One partnership in preparation: the proposed partner, whether anything is signed (said in words,
 * not only by the stage's name), its facts with "not specified" where the source is silent, and its
 * dated stage history.
 */
export async function ProposalArticle({ proposal, locale }: { proposal: PublicProposal; locale: string }) {
  const [t, common] = await Promise.all([getTranslations('Proposals'), getTranslations('Common')]);
  const signed = proposal.stage === 'agreement_signed';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const { latitude, longitude } = proposal;
  const headingId = `${proposalAnchor(proposal.id)}-name`;
  const facts: Fact[] = [
    [t('facts.country'), countryName(proposal.countryCode, locale)],
    [t('facts.place'), proposal.place && <LocalizedText value={proposal.place} />],
    [
      t('facts.coordinates'),
      latitude !== null &&
        longitude !== null &&
        t('coordinates', {
          latitude: number.format(Math.abs(latitude)),
          north: String(latitude >= 0),
          longitude: number.format(Math.abs(longitude)),
          east: String(longitude >= 0),
        }),
    ],
    [t('facts.initiator'), proposal.initiator && <LocalizedText value={proposal.initiator} />],
    [t('facts.rationale'), proposal.rationale && <LocalizedText value={proposal.rationale} />],
    ...(signed
      ? ([
          [
            t('facts.agreement'),
            proposal.agreement && (
              <Link href={`/agreements/${proposal.agreement.id}`} className={linkClass}>
                {proposal.agreement.title ? <LocalizedText value={proposal.agreement.title} /> : common(`agreementType.${proposal.agreement.type}`)}
              </Link>
            ),
          ],
          [
            t('facts.partner'),
            proposal.partner && (
              <Link href={`/partners/${proposal.partner.slug}`} className={linkClass}>
                <LocalizedText value={proposal.partner.name} />
              </Link>
            ),
          ],
        ] satisfies Fact[])
      : []),
  ];
  return (
    <article
      id={proposalAnchor(proposal.id)}
      aria-labelledby={headingId}
      className="scroll-mt-4 space-y-4 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <header className="space-y-2">
        <h2 id={headingId} className="text-2xl font-semibold">
          <LocalizedText value={proposal.partnerName} />
        </h2>
        <p>
          <span className="inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-semibold text-brand-800 dark:bg-brand-900 dark:text-brand-50">
            {t('currentStage', { stage: t(`stage.${proposal.stage}`) })}
          </span>
        </p>
        <p
          data-testid="proposal-signed-state"
          className={signed ? 'font-medium text-emerald-800 dark:text-emerald-200' : 'font-medium text-amber-900 dark:text-amber-100'}
        >
          {signed ? t('signed') : t('notSigned')}
        </p>
      </header>
      <FactList facts={facts} label={t('facts.label')} />
      <section aria-labelledby={`${headingId}-history`} className="space-y-2">
        <h3 id={`${headingId}-history`} className="text-lg font-semibold">
          {t('history')}
        </h3>
        <ol className="space-y-3 border-l-2 border-brand-100 pl-4 dark:border-brand-800" data-testid="proposal-history">
          {proposal.stages.map((step, i) => (
            <li key={i}>
              <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">
                <time dateTime={formatPartialDateIso(step)}>{formatPartialDate(step, locale)}</time>
              </p>
              <p>{t(`stage.${step.stage}`)}</p>
              {/* A note is written in Russian: on a kk or en page it is marked so. */}
              {step.note && (
                <LocalizedText
                  as="p"
                  className="text-sm text-slate-600 dark:text-slate-400"
                  value={{ text: step.note, lang: 'ru', isFallback: locale !== 'ru' }}
                />
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
