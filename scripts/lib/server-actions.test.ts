import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsNoServerAction, isCacheFunctionId, serverActionIds } from './server-actions';

// Ids as Next 16 writes them into server-reference-manifest.json: a server action's and a 'use cache' function's.
const ACTION = '40013e336b31cbf4a5a1ac943af3ed6878a680a9ae';
const CACHED = 'e0f2304f45dd37d9875f09f02d037d69819d225f38';
const CACHED_NO_ARGS = '807d7a161fab2f3c65ddd23d28b423bd6d4e4b70c4';

describe('server actions only', () => {
  it("tells a 'use cache' function's id from a server action's", () => {
    expect(isCacheFunctionId(CACHED)).toBe(true);
    expect(isCacheFunctionId(CACHED_NO_ARGS)).toBe(true);
    expect(isCacheFunctionId(ACTION)).toBe(false);
  });

  it("lists a build's actions, leaving its 'use cache' functions out", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'actions-'));
    fs.mkdirSync(path.join(dist, 'server'));
    const node = { [ACTION]: { exportedName: 'signOutAction' }, [CACHED]: { exportedName: '$$RSC_SERVER_CACHE_1' }, [CACHED_NO_ARGS]: { exportedName: '$$RSC_SERVER_CACHE_0' } };
    fs.writeFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), JSON.stringify({ node, edge: {} }));
    expect([...serverActionIds(dist)]).toEqual([ACTION]);
    fs.rmSync(dist, { recursive: true });
  });

  it('refuses a POST naming anything but an action, and lets every other request through', () => {
    const actions = new Set([ACTION]);
    expect(callsNoServerAction('POST', CACHED, actions)).toBe(true);
    expect(callsNoServerAction('POST', 'x'.repeat(42), actions)).toBe(true);
    expect(callsNoServerAction('POST', '', actions)).toBe(true);
    expect(callsNoServerAction('POST', [CACHED, ACTION], actions)).toBe(true);
    expect(callsNoServerAction('POST', ACTION, actions)).toBe(false);
    expect(callsNoServerAction('POST', undefined, actions)).toBe(false);
    expect(callsNoServerAction('GET', CACHED, actions)).toBe(false);
  });
});
