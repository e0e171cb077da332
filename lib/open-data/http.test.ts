import { describe, expect, it } from 'vitest';
import { entityTag, isNotModified } from './http';

const lastModified = new Date('2026-11-20T10:00:00.750Z');
const headers = (init: Record<string, string>) => new Headers(init);

describe('entityTag', () => {
  it('is a quoted hash that changes with any byte', () => {
    expect(entityTag('[1,2]')).toMatch(/^"[\w-]{32}"$/);
    expect(entityTag('[1,2]')).toBe(entityTag('[1,2]'));
    expect(entityTag('[1]')).not.toBe(entityTag('[1,2]'));
  });

  it('is the same for a body sent in chunks as for the whole text', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(entityTag([utf8('Қазан,'), utf8('Шымкент')])).toBe(entityTag('Қазан,Шымкент'));
    expect(entityTag([utf8('Қазан,'), utf8('Шымкент')])).not.toBe(entityTag('Қазан,Шымкен'));
  });
});

describe('isNotModified', () => {
  const etag = entityTag('body');
  it('matches If-None-Match, weak or in a list, or *', () => {
    expect(isNotModified(headers({ 'If-None-Match': etag }), etag, null)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': `"x", W/${etag}` }), etag, null)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '*' }), etag, null)).toBe(true);
    expect(isNotModified(headers({ 'If-None-Match': '"x"' }), etag, lastModified)).toBe(false);
  });
  it('compares If-Modified-Since to the second, and ignores it when If-None-Match is sent', () => {
    expect(isNotModified(headers({ 'If-Modified-Since': lastModified.toUTCString() }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ 'If-Modified-Since': new Date('2026-11-20T09:59:59Z').toUTCString() }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': 'yesterday' }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': lastModified.toUTCString() }), etag, null)).toBe(false);
    expect(isNotModified(headers({ 'If-Modified-Since': lastModified.toUTCString(), 'If-None-Match': '"x"' }), etag, lastModified)).toBe(false);
  });
});
