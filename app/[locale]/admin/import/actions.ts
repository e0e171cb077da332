'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { refused, runFormAction } from '@/lib/server/admin/form-action';
import { succeeded } from '@/lib/server/admin/outcome';
import { cacheTags } from '@/lib/server/cache-tags';
import { publicDataChanged } from '@/lib/server/public-data-changed';
import { importFile } from '@/lib/server/import/import-file';
import { importWording } from '@/lib/import/wording';
import type { ImportView } from '@/components/admin/import-form';

const LOCALES = z.enum(['ru', 'kk', 'en']);
const importInputSchema = z.object({
  kind: z.enum(['partners', 'agreements', 'events', 'projects']),
  language: LOCALES,
  publish: z
    .string()
    .optional()
    .transform((box) => box === 'on'),
  // The "Import" button posts apply=1; "Check" posts nothing for it.
  apply: z
    .string()
    .optional()
    .transform((button) => button === '1'),
  file: z.unknown(),
});

const TAGS = {
  partners: [cacheTags.partners],
  agreements: [cacheTags.agreements, cacheTags.partners],
  events: [cacheTags.events],
  projects: [cacheTags.projects],
};

/** Checks a file (every row's outcome, nothing written) or, with apply, imports it; the report comes back in the page's language (bound). */
export async function importFileAction(locale: string, _state: ActionResult<ImportView | null>, formData: FormData): Promise<ActionResult<ImportView | null>> {
  const t = await getTranslations('AdminImport');
  return runFormAction(formData, {
    role: 'editor',
    bound: { schema: LOCALES, value: locale },
    schema: importInputSchema,
    mutate: async (requestHeaders, { file, language, ...options }, pageLocale) => {
      if (!(file instanceof File) || file.size === 0) return refused(t('refused'), { file: t('fileRequired') });
      const report = await importFile(requestHeaders, { ...options, locale: language, bytes: new Uint8Array(await file.arrayBuffer()) });
      const words = importWording(pageLocale);
      if (!report.ok) return refused(t('refused'), { file: words.refusal(report.refused) });
      if (report.applied) publicDataChanged(TAGS[options.kind]);
      const { detected, counts, rows } = report;
      return succeeded({
        detected:
          detected.format === 'csv'
            ? t('detectedCsv', { encoding: detected.encoding, separator: detected.separator === '\t' ? t('tab') : detected.separator })
            : t('detectedXlsx'),
        summary: t('summary', counts),
        status: report.applied ? t('applied') : counts.errors > 0 ? t('notApplied') : t('checked'),
        canApply: !report.applied && counts.errors === 0 && counts.create + counts.update > 0,
        rows: rows.map((row) => ({
          row: row.row,
          key: row.key,
          outcome: row.outcome,
          label: t(`outcomes.${row.outcome}`),
          reason: row.errors.map(words.row).join('; '),
        })),
      });
    },
    tags: [],
    onSaved: (view) => ({ message: view.status, payload: view }),
  });
}
