import { Suspense, type ReactNode } from 'react';

/** A section's page: the heading and lead are in the prerendered shell; `children` (the data) streams in. */
export function SectionPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{lead}</p>
      </header>
      <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />}>{children}</Suspense>
    </div>
  );
}
