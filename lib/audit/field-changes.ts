/** A JSON-safe value as the audit log stores it. */
export type AuditValue = string | number | boolean | null;
export type FieldChanges = Record<string, { before: AuditValue; after: AuditValue }>;
export type AuditRecord = Record<string, unknown>;

export function auditValue(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value); // Prisma.Decimal and the like print exactly
}

/**
 * The fields that differ between two flat snapshots of a record (null for "did not exist"), as the
 * audit log's field-level before/after. Bookkeeping fields never count as changes.
 */
export function fieldChanges(before: AuditRecord | null, after: AuditRecord | null, ignore: readonly string[] = ['version', 'updatedAt']): FieldChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of [...keys].sort()) {
    if (ignore.includes(key)) continue;
    const [b, a] = [auditValue(before?.[key]), auditValue(after?.[key])];
    if (b !== a) changes[key] = { before: b, after: a };
  }
  return changes;
}

/** Per-locale rows flattened into one snapshot: { name: 'Izmir' } for en becomes { 'name.en': 'Izmir' }. */
export function flattenTranslations<Row extends { locale: string }>(rows: Row[], fields: readonly (keyof Row & string)[]): AuditRecord {
  const flat: AuditRecord = {};
  for (const row of rows) for (const field of fields) flat[`${field}.${row.locale}`] = row[field];
  return flat;
}
