'use client';

import { useRef, useState, type ReactNode } from 'react';

/** The row numbers of a repeatable list (`history.3.kind` → 3) among the form's values, in order. */
export const rowNumbersIn = (values: Record<string, string>, list: string) =>
  [
    ...new Set(
      Object.keys(values)
        .flatMap((name) => new RegExp(`^${list}\\.(\\d+)\\.`).exec(name)?.[1] ?? [])
        .map(Number),
    ),
  ].sort((a, b) => a - b);

/**
 * A list of rows the editor can add to and remove from. Each row keeps the number it was given, so
 * field names (and the errors that point at them) never shift when another row is removed.
 */
export function RowList({
  initialRows,
  addLabel,
  children,
}: {
  initialRows: number[];
  addLabel: string;
  children: (row: number, position: number, remove: () => void) => ReactNode;
}) {
  const [rows, setRows] = useState(initialRows);
  // Never reuse a number: a new row must not pick up the stored values of a removed one.
  const next = useRef(Math.max(-1, ...initialRows) + 1);
  return (
    <div className="space-y-3">
      {rows.map((row, position) => children(row, position, () => setRows((r) => r.filter((n) => n !== row))))}
      <button
        type="button"
        onClick={() => {
          const row = next.current++;
          setRows((r) => [...r, row]);
        }}
        className="rounded-lg border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 dark:border-slate-400 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        {addLabel}
      </button>
    </div>
  );
}

/** One row of a repeatable list: its fields under a numbered legend, and the button that removes it. */
export function RowFrame({ legend, remove, removeLabel, children }: { legend: string; remove: () => void; removeLabel: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {children}
      <div className="sm:col-span-3">
        <button type="button" onClick={remove} className="text-sm font-semibold text-red-700 underline underline-offset-4 dark:text-red-400">
          {removeLabel}
        </button>
      </div>
    </fieldset>
  );
}
