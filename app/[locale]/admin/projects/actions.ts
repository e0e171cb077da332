'use server';

import { cacheTags } from '@/lib/server/cache-tags';
import { recordActions } from '@/lib/server/admin/record-actions';
import { projectWrites } from '@/lib/server/projects/mutations';
import { projectInputSchema } from '@/lib/schemas/project';
import { serialIdSchema } from '@/lib/schemas/record-ids';

const project = recordActions({
  section: 'projects',
  id: serialIdSchema,
  input: projectInputSchema,
  // A project shows in the register, on its page, on its partners' profiles, under its agreements and on its events' pages.
  tags: [cacheTags.projects, cacheTags.partners, cacheTags.agreements, cacheTags.events],
  writes: projectWrites,
  revisions: 'project',
});

export const createProjectAction = project.create;
export const updateProjectAction = project.update;
export const trashProjectAction = project.trash;
export const restoreProjectAction = project.restore;
export const purgeProjectAction = project.purge;
export const restoreProjectRevisionAction = project.restoreRevision;
