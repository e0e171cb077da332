import { describe, expect, it } from 'vitest';
import { parseAuditQuery } from './audit-query';

describe('audit page filters', () => {
  it('reads the filters and ignores malformed ones', () => {
    expect(parseAuditQuery({ entity: 'partner', action: 'publish', from: '2026-11-01', to: '2026-13-45', actor: 'nobody', page: '3' })).toEqual({
      entity: 'partner',
      action: 'publish',
      from: '2026-11-01',
      page: 3,
    });
    expect(parseAuditQuery({ entity: 'planet', page: '-1' })).toEqual({ page: 1 });
  });
});
