import { adminSectionPage, type SectionBodyProps } from '@/components/admin/admin-section-page';
import { ProjectForm } from '@/components/admin/project-form';
import { projectFormOptions } from '@/components/admin/project-form-options';
import { createProjectAction } from '../actions';

const page = adminSectionPage({ namespace: 'AdminProjects', heading: 'create' }, NewProject);

export const generateMetadata = page.generateMetadata;
export default page.Page;

async function NewProject({ locale, headers }: SectionBodyProps) {
  const initial = { publicationStatus: 'draft' };
  return <ProjectForm action={createProjectAction.bind(null, locale)} initial={initial} options={await projectFormOptions(headers, locale)} />;
}
