import { describe, expect, it } from 'vitest';
import type { ActionResult } from '@/lib/forms/action-result';
import { holdForPage, takeForPage } from './posted-without-script';

const refused: ActionResult = { status: 'error', formError: 'Проверьте поля', fieldErrors: { email: 'Неверный адрес' }, values: { email: 'x' } };
const request = (id: string | null, fetched = false) => new Headers({ ...(id && { 'x-request-id': id }), ...(fetched && { 'next-action': 'a1b2' }) });

describe('the result of a form posted without JavaScript', () => {
  it('reaches the page rendered in the same request, once', () => {
    holdForPage(request('req-1'), refused);
    expect(takeForPage(request('req-2'))).toBeNull();
    expect(takeForPage(request('req-1'))).toEqual(refused);
    expect(takeForPage(request('req-1'))).toBeNull();
  });

  it('is not held for a post made with JavaScript (no page render follows it) or without a request id', () => {
    holdForPage(request('req-3', true), refused);
    expect(takeForPage(request('req-3'))).toBeNull();
    holdForPage(request(null), refused);
    expect(takeForPage(request(null))).toBeNull();
  });
});
