import { BlockList, isIP } from 'node:net';

// Which address a request came from, for better-auth's rate limiter and the sign-in lockout. Both
// read X-Forwarded-For (better-auth's default `ipAddressHeaders`) and accept it only when it holds
// exactly one valid address. Anyone can send that header, so the production server
// (scripts/server.ts) replaces it on every request with the one address it can vouch for:
// - no reverse proxy in front (TRUSTED_PROXY_HOPS=0, the default): the TCP peer's address;
// - N proxies in front, each appending the address it received from (nginx's
//   $proxy_add_x_forwarded_for, or one that overwrites it): the N-th entry from the right — what
//   the outermost trusted proxy saw. Entries further left were written by the client.
// The header is believed only on a connection from a proxy's address (TRUSTED_PROXY): anyone else
// who reaches the server directly is known by the address they connect from.

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/** The proxies' addresses and subnets ("127.0.0.1, 10.0.0.0/24, ::1"), or null when an entry is neither. */
export function trustedProxyList(text: string): BlockList | null {
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim())) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const prefix = Number(bits);
    if (!family || rest.length) return null;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128)) list.addSubnet(address, prefix, type);
    else return null;
  }
  return list;
}

export function clientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
  trustedProxies,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
  trustedProxies: BlockList;
}): string | null {
  const peer = socketAddress && isIP(unmapped(socketAddress)) ? unmapped(socketAddress) : null;
  if (trustedHops === 0 || !peer || !trustedProxies.check(peer, isIP(peer) === 4 ? 'ipv4' : 'ipv6')) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chosen = entries[entries.length - trustedHops];
  // Fewer entries than trusted proxies: a proxy did not add one. Its own address is all we know.
  if (chosen === undefined) return peer;
  return isIP(unmapped(chosen)) ? unmapped(chosen) : null;
}

/**
 * The client's address as the production server vouched for it (the one address it leaves in
 * X-Forwarded-For), or null when there is none or the header holds anything else.
 */
export function vouchedAddress(headers: Headers): string | null {
  const value = headers.get('x-forwarded-for')?.trim() ?? '';
  return isIP(value) ? value : null;
}
