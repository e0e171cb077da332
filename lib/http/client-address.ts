import { isIP } from 'node:net';

// Which address a request came from, for better-auth's rate limiter and the sign-in lockout. Both
// read X-Forwarded-For (better-auth's default `ipAddressHeaders`) and accept it only when it holds
// exactly one valid address. Anyone can send that header, so the production server
// (scripts/server.ts) replaces it on every request with the one address it can vouch for:
// - no reverse proxy in front (TRUSTED_PROXY_HOPS=0, the default): the TCP peer's address;
// - N proxies in front, each appending the address it received from (nginx's
//   $proxy_add_x_forwarded_for, or one that overwrites it): the N-th entry from the right — what
//   the outermost trusted proxy saw. Entries further left were written by the client.

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export function clientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string | null {
  const peer = socketAddress && isIP(unmapped(socketAddress)) ? unmapped(socketAddress) : null;
  if (trustedHops === 0) return peer;
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
