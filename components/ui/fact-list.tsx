import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

export type Fact = [label: string, value: ReactNode];

/** A record's facts as a description list; a fact the source does not give reads "not specified". */
export async function FactList({ facts, label, testId }: { facts: Fact[]; label?: string; testId?: string }) {
  const common = await getTranslations('Common');
  return (
    <dl
      aria-label={label}
      data-testid={testId}
      className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
    >
      {facts.map(([label, value]) => (
        <div key={label} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-3">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd>{value || <span className="text-slate-500 dark:text-slate-400">{common('notSpecified')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
