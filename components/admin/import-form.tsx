'use client';

import { useActionState, useState } from 'react';
import { ErrorSummary, Field } from './form-controls';
import { idle, type ActionResult } from '@/lib/forms/action-result';

/** An import's report as the page shows it, worded on the server. */
export type ImportView = {
  detected: string;
  summary: string;
  status: string;
  canApply: boolean;
  rows: { row: number; key: string; outcome: 'create' | 'update' | 'unchanged' | 'error'; label: string; reason: string }[];
};

type Text = {
  fields: Record<'kind' | 'language' | 'file' | 'fileHint' | 'publish', string>;
  kinds: Record<'partners' | 'agreements' | 'events' | 'projects', string>;
  languages: Record<'ru' | 'kk' | 'en', string>;
  table: Record<'caption' | 'row' | 'key' | 'outcome' | 'reason', string>;
  check: string;
  checking: string;
  apply: string;
  applying: string;
};

const button =
  'rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-70 dark:bg-brand-600 dark:hover:bg-brand-700';
const select = 'block rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950';

/**
 * Upload, check, then import. The choices and the chosen file are kept between the two posts (a
 * browser empties a file input after a submit), so "Import" sends the very file that was checked.
 */
export function ImportForm({
  action,
  text,
}: {
  action: (state: ActionResult<ImportView | null>, data: FormData) => Promise<ActionResult<ImportView | null>>;
  text: Text;
}) {
  const [state, submit, pending] = useActionState(action, idle);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState({ kind: 'partners', language: 'ru', publish: false });
  const [applying, setApplying] = useState(false);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const view = state.status === 'ok' ? state.payload : null;
  const post = (data: FormData) => {
    if (file) data.set('file', file);
    setApplying(data.get('apply') === '1');
    submit(data);
  };
  return (
    <form action={post} className="space-y-4" noValidate>
      {state.status === 'error' && state.formError && <ErrorSummary title={state.formError} errors={errors} labels={{ file: text.fields.file }} />}
      <div className="flex flex-wrap gap-4">
        {(['kind', 'language'] as const).map((name) => (
          <Field key={name} name={name} label={text.fields[name]}>
            {(props) => (
              <select {...props} className={select} value={choices[name]} onChange={(e) => setChoices({ ...choices, [name]: e.target.value })}>
                {Object.entries(name === 'kind' ? text.kinds : text.languages).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <Field name="file" label={text.fields.file} error={errors.file} hint={text.fields.fileHint}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="publish" checked={choices.publish} onChange={(e) => setChoices({ ...choices, publish: e.target.checked })} />
        {text.fields.publish}
      </label>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={button}>
          {pending && !applying ? text.checking : text.check}
        </button>
        {view?.canApply && (
          <button type="submit" name="apply" value="1" disabled={pending} className={button}>
            {pending && applying ? text.applying : text.apply}
          </button>
        )}
      </div>
      {view && <ImportReport view={view} table={text.table} />}
    </form>
  );
}

function ImportReport({ view, table }: { view: ImportView; table: Text['table'] }) {
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-lg bg-slate-100 p-3 font-medium dark:bg-slate-900">
        {view.status} {view.summary}
      </p>
      <p data-testid="import-detected">{view.detected}</p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.row}</th>
            <th scope="col">{table.key}</th>
            <th scope="col">{table.outcome}</th>
            <th scope="col">{table.reason}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.row} data-outcome={row.outcome} className="border-t border-slate-200 dark:border-slate-800">
              <td>{row.row}</td>
              <td>{row.key}</td>
              <td>{row.label}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
