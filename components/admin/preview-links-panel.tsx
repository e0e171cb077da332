import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { STORED_LOCALES } from '@/lib/i18n/localized';
import { formatUtcDateTime } from '@/lib/format';
import { PREVIEW_LINK_DAYS } from '@/lib/schemas/preview-links';
import { listPreviewLinks, type PreviewRecord } from '@/lib/server/previews/links';
import { createPreviewLinkAction, revokePreviewLinkAction } from '@/app/[locale]/admin/preview-link-actions';
import { ActionButton } from './action-button';
import { PreviewLinkForm } from './preview-link-form';

/**
 * A record's preview links on its edit page: making one, and each made so far with who made it,
 * when, for which version, until when, and whether it still works; a live one can be revoked.
 */
export async function PreviewLinksPanel({ headers, locale, record }: { headers: Headers; locale: AppLocale; record: PreviewRecord }) {
  const [t, links] = await Promise.all([getTranslations({ locale, namespace: 'AdminPreviewLinks' }), listPreviewLinks(headers, record)]);
  const now = new Date();
  const at = (date: Date) => formatUtcDateTime(date, locale);
  return (
    <section aria-labelledby="preview-links-heading" className="space-y-4 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="preview-links-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('lead')}</p>
      <PreviewLinkForm
        action={createPreviewLinkAction.bind(null, record)}
        labels={{ days: t('days', { max: PREVIEW_LINK_DAYS.max }), locale: t('locale'), create: t('create'), creating: t('creating'), created: t('created') }}
        defaultDays={PREVIEW_LINK_DAYS.default}
        maxDays={PREVIEW_LINK_DAYS.max}
        locales={STORED_LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
        defaultLocale={locale}
      />
      {links.length === 0 ? (
        <p className="text-sm">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="preview-links">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                {(['createdBy', 'createdAt', 'version', 'expiresAt', 'status'] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-4 font-semibold">
                    {t(`columns.${c}`)}
                  </th>
                ))}
                <th scope="col" className="py-2" />
              </tr>
            </thead>
            <tbody>
              {links.map((link) => {
                const live = link.revokedAt === null && link.expiresAt > now;
                return (
                  <tr key={link.id} className="border-b border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-4">{link.createdBy.name}</td>
                    <td className="py-2 pr-4">{at(link.createdAt)}</td>
                    <td className="py-2 pr-4">{link.version}</td>
                    <td className="py-2 pr-4">{at(link.expiresAt)}</td>
                    <td className="py-2 pr-4">
                      {link.revokedAt ? t('status.revoked', { at: at(link.revokedAt) }) : live ? t('status.live') : t('status.expired')}
                    </td>
                    <td className="py-2">
                      {live && (
                        <ActionButton action={revokePreviewLinkAction.bind(null, link.id)} label={t('revoke')} confirmText={t('revokeConfirm')} tone="danger" />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
