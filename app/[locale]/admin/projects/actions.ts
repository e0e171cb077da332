'use server';

import { recordActions } from '@/lib/server/admin/record-actions';
import { recordKinds } from '@/lib/server/admin/record-kinds';

const project = recordActions(recordKinds.project);

export const createProjectAction = project.create;
export const updateProjectAction = project.update;
export const trashProjectAction = project.trash;
export const restoreProjectAction = project.restore;
export const purgeProjectAction = project.purge;
export const restoreProjectRevisionAction = project.restoreRevision;
