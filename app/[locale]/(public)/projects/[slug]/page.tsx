import type { Metadata } from 'next';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { localeFromParams } from '@/i18n/locale-param';
import { isAppLocale } from '@/i18n/routing';
import { ProjectArticle } from '@/components/projects/project-article';
import { getProject } from '@/lib/server/projects/detail';
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
  return <ProjectArticle project={project} locale={locale} />;
}
