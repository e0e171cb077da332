/**
 * A submitted form as a nested object: "translations.kk.name" becomes { translations: { kk: { name } } }.
 * Next.js's own fields ($ACTION_…) are dropped; a repeated name becomes an array (checkbox groups).
 * So is any name with a `__proto__` segment: no form of ours has one, and walking it would write
 * into Object.prototype (a POST with `__proto__.x=1` polluted every object in the server).
 */
export function formDataObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$ACTION')) continue;
    const path = name.split('.');
    if (path.includes('__proto__')) continue;
    const leaf = path.pop() as string;
    let node = root;
    for (const key of path) {
      const next = node[key];
      node = (next && typeof next === 'object' && !Array.isArray(next) ? next : (node[key] = {})) as Record<string, unknown>;
    }
    const existing = node[leaf];
    node[leaf] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return root;
}

/** The submitted text fields by name, to put back into a form that failed validation. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (!name.startsWith('$ACTION') && typeof value === 'string') values[name] = value;
  return values;
}

/** The form an action received: a forged call may send any value in its place, which counts as an empty form. */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
