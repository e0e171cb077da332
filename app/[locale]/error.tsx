'use client';

import { useEffect } from 'react';
import { useErrorStrings } from '@/components/layout/error-strings';

// Rendered in the browser when a page fails; the layout hands it its strings, so the visitor reads
// the apology in their own language.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-6 py-12 text-center">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{t.lead}</p>
      {error.digest && <p className="text-sm text-slate-600 dark:text-slate-400">{t.reference.replace('{digest}', error.digest)}</p>}
      <button type="button" onClick={reset} className="rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t.retry}
      </button>
    </div>
  );
}
