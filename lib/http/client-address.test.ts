import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('the client address given to the rate limits', () => {
  it('with no trusted proxy is the TCP peer, whatever X-Forwarded-For claims', () => {
    expect(clientAddress({ socketAddress: '198.51.100.4', forwardedFor: '10.0.0.1', trustedHops: 0 })).toBe('198.51.100.4');
    expect(clientAddress({ socketAddress: '::ffff:198.51.100.4', forwardedFor: undefined, trustedHops: 0 })).toBe('198.51.100.4');
    expect(clientAddress({ socketAddress: '2001:db8::1', forwardedFor: undefined, trustedHops: 0 })).toBe('2001:db8::1');
  });

  it('behind one proxy is the address that proxy appended, not one the client wrote', () => {
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: '1.2.3.4, 203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: ['1.2.3.4', '203.0.113.9'], trustedHops: 1 })).toBe('203.0.113.9');
  });

  it('behind two proxies skips the inner one', () => {
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: 'forged, 203.0.113.9, 10.0.0.1', trustedHops: 2 })).toBe('203.0.113.9');
  });

  it('falls back to the peer when a proxy added nothing, and gives nothing for garbage', () => {
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: undefined, trustedHops: 1 })).toBe('127.0.0.1');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: 'not-an-address', trustedHops: 1 })).toBeNull();
    expect(clientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBeNull();
  });
});
