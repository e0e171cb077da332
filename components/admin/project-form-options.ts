import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatStoredDate } from '@/lib/format';
import { OrganizationKind, ProjectStatus, ProjectTheme } from '@/lib/generated/prisma/enums';
import { listProjectFormChoices } from '@/lib/server/projects/editing';
import type { AppLocale } from '@/i18n/routing';
import { photoOptions } from './photo-options';

/** The choices of the project form with their labels, computed on the server (the browser may lack Kazakh date formats). */
export async function projectFormOptions(headers: Headers, locale: AppLocale, projectId?: number) {
  const [t, themes, terms, common, choices] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminProjects' }),
    getTranslations({ locale, namespace: 'Themes' }),
    getTranslations({ locale, namespace: 'ProjectTerms' }),
    getTranslations({ locale, namespace: 'Common' }),
    listProjectFormChoices(headers, locale, projectId),
  ]);
  return {
    themes: Object.values(ProjectTheme).map((v) => ({ value: v, label: themes(v) })),
    statuses: Object.values(ProjectStatus).map((v) => ({ value: v, label: t(`status.${v}`) })),
    organizationKinds: Object.values(OrganizationKind).map((v) => ({ value: v, label: terms(`organizationKind.${v}`) })),
    partners: choices.partners.map((p) => ({ value: p.id, label: p.name })),
    agreements: choices.agreements.map((a) => ({
      value: String(a.id),
      label: t('agreementOption', {
        title: a.title ?? common(`agreementType.${a.type}`),
        partner: a.partnerName,
        date: formatStoredDate(a.signedOn, a.signedPrecision, locale) ?? common('notSpecified'),
      }),
    })),
    sources: choices.sources.map((s) => ({ value: String(s.id), label: s.publisher ? `${s.title} — ${s.publisher}` : s.title })),
    images: photoOptions(choices.images),
  };
}

export type ProjectFormOptions = Awaited<ReturnType<typeof projectFormOptions>>;
