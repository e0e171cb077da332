import type { ProjectSummary } from '@/lib/server/projects/summary';
import { ProjectList } from './project-summary-item';

/** The projects of a partner or under an agreement, below its page; nothing at all when it has none. */
export function RelatedProjects({ projects, heading, locale }: { projects: ProjectSummary[]; heading: string; locale: string }) {
  if (projects.length === 0) return null;
  return (
    <section aria-labelledby="projects" className="mt-10 space-y-3" data-testid="related-projects">
      <h2 id="projects" className="text-xl font-bold">
        {heading}
      </h2>
      <ProjectList projects={projects} locale={locale} />
    </section>
  );
}
