import { ProjectForm } from '@/components/admin/project-form';
import { projectFormOptions } from '@/components/admin/project-form-options';
import { recordEditPage, shownTranslation } from '@/components/admin/record-edit-page';
import { publicState } from '@/lib/publication/public-state';
import { parseAgreementId } from '@/lib/agreements/permalink-id';
import { getProjectForEditing } from '@/lib/server/projects/editing';
import { projectFormValues } from '@/lib/forms/record-form-values';
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
          initial={projectFormValues(project)}
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
