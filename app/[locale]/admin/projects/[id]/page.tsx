import { ProjectForm } from '@/components/admin/project-form';
import { projectFormOptions } from '@/components/admin/project-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { formatPartialDateIso } from '@/lib/dates/partial-date';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getProjectForEditing, type ProjectForEditing } from '@/lib/server/projects/editing';
import { trashProjectAction, updateProjectAction } from '../actions';

const page = recordEditPage({
  namespace: 'AdminProjects',
  section: 'projects',
  load: async (headers, locale, rawId) => {
    // Project ids are serial integers like agreement ids, with the same rule for what in a URL can be one.
    const id = parseAgreementId(rawId);
    const project = id === null ? null : await getProjectForEditing(headers, id);
    if (!project) return null;
    const state = publicState(new Date(), project);
    return {
      id: project.id,
      version: project.version,
      title: shownTranslation(project.translations, locale)?.title ?? project.slug,
      state,
      publicHref: `/projects/${project.slug}`,
      form: (
        <ProjectForm
          action={updateProjectAction.bind(null, project.id)}
          initial={formValues(project)}
          options={await projectFormOptions(headers, locale, project.id)}
          currentVersionHref={`/${locale}/admin/projects/${project.id}`}
          publicSlug={state.kind === 'public' ? project.slug : undefined}
        />
      ),
      trash: trashProjectAction.bind(null, locale, project.id),
    };
  },
});

export const generateMetadata = page.generateMetadata;
export default page.Page;

const text = (v: string | null) => v ?? '';
const dated = (date: Date | null, precision: ProjectForEditing['startPrecision']) => (date && precision ? formatPartialDateIso({ date, precision }) : '');

/** The stored project as the form's field values (ticked boxes as "on", rows numbered in order, photos numbered in their order). */
function formValues(p: ProjectForEditing): Record<string, string> {
  const values: Record<string, string> = {
    version: String(p.version),
    slug: p.slug,
    status: text(p.status),
    start: dated(p.startDate, p.startPrecision),
    end: dated(p.endDate, p.endPrecision),
    publicationStatus: p.publicationStatus,
    publishAt: p.publishAt?.toISOString() ?? '',
    unpublishAt: p.unpublishAt?.toISOString() ?? '',
  };
  for (const t of p.translations) {
    values[`translations.${t.locale}.title`] = t.title;
    values[`translations.${t.locale}.summary`] = text(t.summary);
    values[`translations.${t.locale}.outcomes`] = text(t.outcomes);
  }
  for (const theme of p.themes) values[`themes.${theme}`] = 'on';
  for (const x of p.partners) values[`partners.${x.partnerId}`] = 'on';
  for (const x of p.agreements) values[`agreements.${x.agreementId}`] = 'on';
  for (const x of p.sources) values[`sources.${x.sourceId}`] = 'on';
  p.photos.forEach((x, i) => {
    values[`photos.${x.mediaId}`] = 'on';
    values[`photoOrder.${x.mediaId}`] = String(i + 1);
  });
  p.statusHistory.forEach((h, i) => {
    Object.assign(values, { [`history.${i}.status`]: h.status, [`history.${i}.date`]: formatPartialDateIso(h), [`history.${i}.note`]: text(h.note) });
  });
  p.organizations.forEach((o, i) => {
    Object.assign(values, { [`organizations.${i}.kind`]: o.kind, [`organizations.${i}.countryCode`]: text(o.countryCode) });
    for (const t of o.translations)
      Object.assign(values, { [`organizations.${i}.${t.locale}.name`]: t.name, [`organizations.${i}.${t.locale}.city`]: text(t.city) });
  });
  return values;
}
