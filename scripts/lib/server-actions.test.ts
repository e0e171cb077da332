import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsNoServerAction, formBodyScanner, isCacheFunctionId, serverReferences } from './server-actions';

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

  it("tells a build's actions from its 'use cache' functions", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'actions-'));
    fs.mkdirSync(path.join(dist, 'server'));
    const node = {
      [ACTION]: { exportedName: 'signOutAction' },
      [CACHED]: { exportedName: '$$RSC_SERVER_CACHE_1' },
      [CACHED_NO_ARGS]: { exportedName: '$$RSC_SERVER_CACHE_0' },
    };
    fs.writeFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), JSON.stringify({ node, edge: {} }));
    const { actions, notCallable } = serverReferences(dist);
    expect([...actions]).toEqual([ACTION]);
    expect([...notCallable].sort()).toEqual([CACHED, CACHED_NO_ARGS].sort());
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

  describe('a form body naming a reference', () => {
    const scan = (body: string, chunkSize = body.length) => {
      const scanner = formBodyScanner(new Set([CACHED]));
      const bytes = Buffer.from(body);
      for (let at = 0; at < bytes.length; at += chunkSize) if (scanner.chunk(bytes.subarray(at, at + chunkSize))) return true;
      return scanner.end();
    };
    const part = (name: string, value = '', headers = '') => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n${value}\r\n`;

    it("finds a 'use cache' function's id as a field name or an action descriptor, in chunks of any size", () => {
      for (const body of [
        part(`$ACTION_ID_${CACHED}`) + '--b--\r\n',
        part('$ACTION_REF_1') + part('$ACTION_1:0', JSON.stringify({ id: CACHED, bound: null })) + '--b--\r\n',
      ]) {
        for (const chunkSize of [1, 2, 3, 7, 41, 42, 43, body.length]) expect(scan(body, chunkSize), `${chunkSize}`).toBe(true);
      }
      expect(scan(`x${CACHED}`, 5)).toBe(true); // at the very end of the body
    });

    it('finds a part in a transfer encoding, which could hide an id, whatever its case', () => {
      expect(scan(part('$ACTION_1:0', 'eyJpZCI6', 'Content-Transfer-Encoding: base64\r\n'), 4)).toBe(true);
      expect(scan(part('v', '', '  CONTENT-transfer-ENCODING:base64\r\n'), 1)).toBe(true);
    });

    it("passes a real action's form, an id inside a longer run, and ordinary fields", () => {
      expect(scan(part(`$ACTION_ID_${ACTION}`) + part('email', 'a@b.c') + '--b--\r\n', 3)).toBe(false);
      expect(scan(part('hash', `${CACHED}0`) + part('hash', `a${CACHED}`), 5)).toBe(false);
      expect(scan(part('upload', 'content-transfer-encodin g'))).toBe(false);
    });
  });
});
