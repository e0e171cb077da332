import { getTranslations } from 'next-intl/server';
import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { ImportForm } from '@/components/admin/import-form';
import { importFileAction } from './actions';

const KINDS = ['partners', 'agreements', 'events', 'projects'] as const;

const page = adminSectionPage({ namespace: 'AdminImport' }, Import);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function Import({ locale }: SectionBodyProps) {
  const t = await getTranslations({ locale, namespace: 'AdminImport' });
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, t(`kinds.${kind}`)])) as Record<(typeof KINDS)[number], string>;
  return (
    <div className="space-y-8">
      <ImportForm
        action={importFileAction.bind(null, locale)}
        text={{
          fields: {
            kind: t('fields.kind'),
            language: t('fields.language'),
            file: t('fields.file'),
            fileHint: t('fields.fileHint'),
            publish: t('fields.publish'),
          },
          kinds,
          languages: { ru: t('languages.ru'), kk: t('languages.kk'), en: t('languages.en') },
          table: { caption: t('table.caption'), row: t('table.row'), key: t('table.key'), outcome: t('table.outcome'), reason: t('table.reason') },
          check: t('check'),
          checking: t('checking'),
          apply: t('apply'),
          applying: t('applying'),
        }}
      />
      <section aria-labelledby="import-templates" className="space-y-2">
        <h2 id="import-templates" className="text-xl font-semibold">
          {t('templates')}
        </h2>
        <ul className="list-disc pl-6">
          {KINDS.map((kind) => (
            <li key={kind}>
              <a href={`/${locale}/admin/import/template/${kind}`} download className="text-brand-700 underline hover:no-underline dark:text-brand-100">
                {t('template', { kind: kinds[kind] })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
