import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyForCopy } from './copy-policy';
import { pageContentSecurityPolicy } from './headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policy = pageContentSecurityPolicy('cmVuZGVyZWQtb25jZQ==', { development: false, https: false });

describe('policyForCopy', () => {
  it('allows exactly the inline scripts of the copy, by hash, and no longer the nonce it was rendered with (JSON-LD is data, not code)', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" nonce="cmVuZGVyZWQtb25jZQ==" async></script>' +
      '<script nonce="cmVuZGVyZWQtb25jZQ==">self.__next_f.push([1,"Алматы ✓"])</script></head>' +
      '<body><script type="application/ld+json">{"@type":"City"}</script><script>(self.__next_f=[]).push([0])</script></body></html>';
    const copy = policyForCopy(policy, html);
    expect(copy).not.toContain('nonce-');
    expect(copy).toContain(`script-src 'self' ${sha('self.__next_f.push([1,"Алматы ✓"])')} ${sha('(self.__next_f=[]).push([0])')};`);
    // Everything else is the page's policy unchanged.
    expect(copy.replace(/script-src [^;]*;/, '')).toBe(policy.replace(/script-src [^;]*;/, ''));
  });

  it('lists a script that appears twice once, and leaves a page without inline scripts only its files', () => {
    const twice = '<script>a()</script><script>a()</script>';
    expect(policyForCopy(policy, twice).match(/sha256-/g)).toHaveLength(1);
    expect(policyForCopy(policy, '<p>no script</p>')).toContain("script-src 'self'; style-src");
  });

  it('leaves a policy without a nonce alone', () => {
    expect(policyForCopy("default-src 'self'", '<script>a()</script>')).toBe("default-src 'self'");
  });
});
