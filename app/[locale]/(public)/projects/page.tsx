import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageMetadata, withAtomFeed } from '@/lib/seo/page-metadata';
import { cooperationFeedUrl } from '@/lib/open-data/download-urls';
import { localeFromParams } from '@/i18n/locale-param';
import { Link } from '@/i18n/navigation';
import { SectionPage } from '@/components/layout/section-page';
import { ProjectFilters } from '@/components/projects/project-filters';
import { ProjectList } from '@/components/projects/project-summary-item';
import { Pager } from '@/components/ui/pager';
import { DownloadLinks } from '@/components/open-data/download-links';
import { projectsCsvUrl } from '@/lib/open-data/download-urls';
import { projectRegisterQuerySchema } from '@/lib/schemas/projects';
import { countPublicProjects, listProjectFilterOptions, listProjectPage } from '@/lib/server/projects/register';
import type { AppLocale } from '@/i18n/routing';

type SearchParams = PageProps<'/[locale]/projects'>['searchParams'];

// Each page of the register has its own title; a page past the end is the not-found page (docs/decisions/006).
export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/projects'>): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Projects' });
  const { page } = projectRegisterQuerySchema.parse(await searchParams);
  const feed = await getTranslations({ locale, namespace: 'OpenData.feed' });
  return withAtomFeed(await pageMetadata(locale, '/projects', { title: page > 1 ? t('titleWithPage', { page }) : t('title'), description: t('lead') }), {
    url: cooperationFeedUrl(locale),
    title: feed('cooperationLink'),
  });
}

export default async function ProjectsPage({ params, searchParams }: PageProps<'/[locale]/projects'>) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Projects' });
  return (
    <SectionPage title={t('title')} lead={t('lead')}>
      <ProjectRegister locale={locale} searchParams={searchParams} />
    </SectionPage>
  );
}

async function ProjectRegister({ locale, searchParams }: { locale: AppLocale; searchParams: SearchParams }) {
  await connection();
  const { page, sort, ...requested } = projectRegisterQuerySchema.parse(await searchParams);
  const options = await listProjectFilterOptions(locale);
  // A partner or year the choices do not offer finds nothing: it is dropped like a malformed one.
  const filters = {
    ...requested,
    partner: options.partners.some((p) => p.slug === requested.partner) ? requested.partner : undefined,
    year: requested.year !== undefined && options.years.includes(requested.year) ? requested.year : undefined,
  };
  const [t, register, total] = await Promise.all([
    getTranslations({ locale, namespace: 'Projects' }),
    listProjectPage(locale, filters, sort, page),
    countPublicProjects(),
  ]);
  if (page > register.pageCount) notFound();
  const filtered = Object.values(filters).some((v) => v !== undefined);

  if (total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700" data-testid="projects-empty">
        <p className="text-lg text-slate-700 dark:text-slate-300">{t('emptyAll')}</p>
        <Link href="/partners" className="mt-4 inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('browsePartners')}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <ProjectFilters locale={locale} options={options} applied={filters} sort={sort} />
      <DownloadLinks links={[{ kind: 'csv', href: projectsCsvUrl(locale, filters, sort) }]} />
      {register.items.length > 0 ? (
        <>
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400" role="status" data-testid="projects-count">
            {t('count', { count: register.total })}
            {register.pageCount > 1 && <> · {t('pageOf', { page: register.page, pageCount: register.pageCount })}</>}
          </p>
          <ProjectList projects={register.items} locale={locale} heading="h2" />
        </>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700" data-testid="projects-empty">
          <p className="text-lg text-slate-700 dark:text-slate-300">{filtered ? t('emptyFiltered') : t('emptyAll')}</p>
          <Link href="/projects" className="mt-4 inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('showAll')}
          </Link>
        </div>
      )}
      <Pager pathname="/projects" query={{ ...filters, sort: sort === 'start' ? undefined : sort }} page={register.page} pageCount={register.pageCount} />
    </div>
  );
}
