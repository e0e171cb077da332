import type { ReactNode } from 'react';

/** A section's page: its heading and lead above the section's content. */
export function SectionPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{lead}</p>
      </header>
      {children}
    </div>
  );
}
