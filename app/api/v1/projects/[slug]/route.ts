import { json, movedOrNotFound, openDataRoute } from '@/lib/server/open-data/route';
import { getOpenProject } from '@/lib/server/open-data/projects';
import { detailQuerySchema } from '@/lib/schemas/open-data/queries';
import type { ProjectDetailResponse } from '@/lib/schemas/open-data/projects';

/** One public project, with everything its page shows. */
const route = openDataRoute<typeof detailQuerySchema, { slug: string }>(detailQuerySchema, async ({ locale }, { params }) => {
  const project = await getOpenProject(locale, params.slug);
  if (!project) return movedOrNotFound('projects', params.slug, `No public project "${params.slug}".`);
  const body: ProjectDetailResponse = { locale, data: project };
  return json(body);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
