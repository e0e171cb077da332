/** A freshly issued set-password link, shown once so the admin can copy it and pass it on. */
export function LinkResult({ id, label, url }: { id: string; label: string; url: string }) {
  return (
    <div
      role="status"
      className="space-y-1 rounded-lg border border-emerald-700 bg-emerald-50 p-3 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50"
    >
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {/* Read-only text field: selecting and copying works everywhere, with or without a script. */}
      <input
        id={id}
        type="text"
        readOnly
        value={url}
        className="block w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1.5 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      />
    </div>
  );
}
