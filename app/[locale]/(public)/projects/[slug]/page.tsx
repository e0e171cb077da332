import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale, type AppLocale } from '@/i18n/routing';
import { ProjectArticle } from '@/components/projects/project-article';
import { JsonLd } from '@/components/seo/json-ld';
import { getProject, type ProjectDetail } from '@/lib/server/projects/detail';
import { projectNode } from '@/lib/structured-data/project';
import { siteUrl } from '@/lib/server/env';
import { localePath } from '@/lib/i18n/locale-path';
import { mediaUrl } from '@/lib/media';
import { excerpt } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/projects/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isAppLocale(locale)) return {};
  const project = await getProject(locale, slug);
  // No such public project: nothing to title; the not-found page has its own metadata.
  if (!project) notFound();
  return pageMetadata(locale, `/projects/${slug}`, {
    title: project.title.text,
    description: project.summary ? excerpt(project.summary.text) : project.title.text,
  });
}

export default async function ProjectPage({ params }: PageProps<'/[locale]/projects/[slug]'>) {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const project = await getProject(locale, slug);
  if (!project) notFound();
  return (
    <>
      <JsonLd node={await projectStructuredData(project, locale)} locale={locale} />
      <ProjectArticle project={project} locale={locale} />
    </>
  );
}

/** The project for search engines; only the public page has it, not the editors' preview. */
async function projectStructuredData(project: ProjectDetail, locale: AppLocale) {
  const themes = await getTranslations({ locale, namespace: 'Themes' });
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  return projectNode({
    url: absolute(localePath(locale, `/projects/${project.slug}`)),
    name: project.title.text,
    description: project.summary ? excerpt(project.summary.text) : null,
    themes: project.themes.map((theme) => themes(theme)),
    start: project.start,
    end: project.end,
    partners: project.partners.map((p) => ({ name: p.name.text, url: absolute(localePath(locale, `/partners/${p.slug}`)) })),
    organizations: project.organizations.map((o) => ({ kind: o.kind, name: o.name.text, city: o.city?.text ?? null, countryCode: o.countryCode })),
    events: project.events.map((e) => ({
      name: e.title.text,
      url: absolute(localePath(locale, `/events/${e.slug}`)),
      start: { date: e.startDate, precision: e.startPrecision },
    })),
    images: project.photos.map((photo) => absolute(mediaUrl(photo.storageKey))),
  });
}
