import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyList, vouchedAddress } from './client-address';

const proxies = (text: string) => {
  const list = trustedProxyList(text);
  if (!list) throw new Error(`not a proxy list: ${text}`);
  return list;
};
const local = proxies('127.0.0.1,::1');

describe('the client address given to the rate limits', () => {
  it('with no trusted proxy is the TCP peer, whatever X-Forwarded-For claims', () => {
    expect(clientAddress({ socketAddress: '198.51.100.4', forwardedFor: '10.0.0.1', trustedHops: 0, trustedProxies: local })).toBe('198.51.100.4');
    expect(clientAddress({ socketAddress: '::ffff:198.51.100.4', forwardedFor: undefined, trustedHops: 0, trustedProxies: local })).toBe('198.51.100.4');
    expect(clientAddress({ socketAddress: '2001:db8::1', forwardedFor: undefined, trustedHops: 0, trustedProxies: local })).toBe('2001:db8::1');
  });

  it('behind one proxy is the address that proxy appended, not one the client wrote', () => {
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: local })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: '1.2.3.4, 203.0.113.9', trustedHops: 1, trustedProxies: local })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: ['1.2.3.4', '203.0.113.9'], trustedHops: 1, trustedProxies: local })).toBe('203.0.113.9');
  });

  it('behind two proxies skips the inner one', () => {
    expect(
      clientAddress({ socketAddress: '10.0.0.2', forwardedFor: 'forged, 203.0.113.9, 10.0.0.1', trustedHops: 2, trustedProxies: proxies('10.0.0.0/24') }),
    ).toBe('203.0.113.9');
  });

  it('falls back to the peer when a proxy added nothing, and gives nothing for garbage', () => {
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: undefined, trustedHops: 1, trustedProxies: local })).toBe('127.0.0.1');
    expect(clientAddress({ socketAddress: '127.0.0.1', forwardedFor: 'not-an-address', trustedHops: 1, trustedProxies: local })).toBeNull();
    expect(clientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedHops: 0, trustedProxies: local })).toBeNull();
  });

  it("believes X-Forwarded-For only on a connection from a trusted proxy's address, never from anyone else", () => {
    // A visitor reaching the server directly (or through another machine) names any address it likes: ignored.
    expect(clientAddress({ socketAddress: '198.51.100.4', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: local })).toBe('198.51.100.4');
    expect(clientAddress({ socketAddress: '127.0.0.2', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: local })).toBe('127.0.0.2');
    expect(clientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: local })).toBe('203.0.113.9');
    const subnet = proxies('10.0.0.0/24, 2001:db8::/64');
    expect(clientAddress({ socketAddress: '10.0.0.7', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: subnet })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '2001:db8::5', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: subnet })).toBe('203.0.113.9');
    expect(clientAddress({ socketAddress: '10.0.1.7', forwardedFor: '203.0.113.9', trustedHops: 1, trustedProxies: subnet })).toBe('10.0.1.7');
  });

  it('reads a list of proxy addresses and subnets, and refuses anything else', () => {
    expect(trustedProxyList(' 127.0.0.1 , 10.1.0.0/16,::1')).not.toBeNull();
    for (const bad of ['localhost', '10.0.0.0/33', '127.0.0.1,', '1.2.3']) expect(trustedProxyList(bad), bad).toBeNull();
  });

  it('reads back only the one address the server left in X-Forwarded-For', () => {
    expect(vouchedAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(vouchedAddress(new Headers({ 'x-forwarded-for': '2001:db8::5' }))).toBe('2001:db8::5');
    for (const bad of ['203.0.113.9, 10.0.0.1', 'unknown', '']) expect(vouchedAddress(new Headers({ 'x-forwarded-for': bad })), bad).toBeNull();
    expect(vouchedAddress(new Headers())).toBeNull();
  });
});
