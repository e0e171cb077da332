/** Why a file was refused as a whole, before any row was looked at: the admin page and the command localize the code. */
export type ImportFileErrorCode = 'too-large' | 'too-many-rows' | 'not-a-table' | 'empty' | 'unknown-column' | 'missing-column' | 'duplicate-column';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly detail: { column?: string; limit?: number } = {},
  ) {
    super(detail.column ? `${code}: ${detail.column}` : detail.limit ? `${code}: over ${detail.limit}` : code);
    this.name = 'ImportFileError';
  }
}
