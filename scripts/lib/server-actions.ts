// Only the app's server actions (the exports of its 'use server' files) may be called by a client.
// Next.js registers every 'use cache' function as a server reference too, and its action handler
// runs one for any POST that names its id, in `Next-Action` or, from a form posted without
// JavaScript, in the multipart body, with the caller's own arguments. The server refuses such a
// call before Next runs it. See docs/decisions/021-only-server-actions-are-callable.md.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { STATIC_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADER_FIELDS } from '@/lib/security/headers';

const referenceManifest = z.object({ node: z.record(z.string(), z.object({ exportedName: z.string().optional() })) });

/**
 * Next's server reference ids begin with an information byte whose high bit marks a 'use cache'
 * function (vercel/next.js#75794, `extractInfoFromServerReferenceId` in next/dist/shared/lib/
 * server-reference-info.js); a server action's is clear.
 */
export const isCacheFunctionId = (id: string) => (Number.parseInt(id.slice(0, 2), 16) & 0x80) !== 0;

export type ServerReferences = {
  /** The server actions: the only ids a client may call. */
  actions: ReadonlySet<string>;
  /** The build's other server references ('use cache' functions), which Next would run if named. */
  notCallable: ReadonlySet<string>;
};

/** The server references of a build, from the manifest Next writes beside the server code. */
export function serverReferences(distDir: string): ServerReferences {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const ids = Object.keys(referenceManifest.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).node);
  return { actions: new Set(ids.filter((id) => !isCacheFunctionId(id))), notCallable: new Set(ids.filter(isCacheFunctionId)) };
}

/** A POST naming, in `Next-Action`, a server reference that is not one of these actions. */
export function callsNoServerAction(method: string | undefined, nextAction: string | string[] | undefined, actions: ReadonlySet<string>): boolean {
  if (method !== 'POST' || nextAction === undefined) return false;
  return !actions.has(Array.isArray(nextAction) ? (nextAction[0] ?? '') : nextAction);
}

/**
 * Next's own answer to an action it does not know: the client router reads the header and reloads.
 * The request's body is not read (or not all of it): the connection cannot carry another request.
 */
export function refuseActionCall(res: ServerResponse): void {
  res.writeHead(404, {
    ...STATIC_SECURITY_HEADER_FIELDS,
    'Content-Security-Policy': STATIC_CONTENT_SECURITY_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'x-nextjs-action-not-found': '1',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end('Server action not found.');
}

/** Whether Next would look for an action in this request's body: a multipart POST without `Next-Action` (a form posted without JavaScript). */
export const mayNameActionInBody = (req: IncomingMessage) =>
  req.method === 'POST' && req.headers['next-action'] === undefined && (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

const ID_LENGTH = 42; // SERVER_REFERENCE_ID_LENGTH in next/dist/shared/lib/server-reference-info.js
const isIdByte = (byte: number) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66); // ids are lowercase hex
/** Only a part's header can say this, and browsers never send it: undici decodes a base64 part, which hides an id from a reader of the raw bytes. */
const TRANSFER_ENCODING = Buffer.from('content-transfer-encoding');

/**
 * Reads a form's body as it arrives, keeping only what straddles two chunks, and says when it names
 * one of `notCallable`. Next takes an id from a form exactly as it is written: the rest of a field
 * name after `$ACTION_ID_`, or the string after `{"id":"` in the value of `$ACTION_<n>:0`, neither
 * decoded. So a run of id characters of exactly an id's length, between two other bytes, is what
 * can name a reference; a longer run names none.
 */
export function formBodyScanner(notCallable: ReadonlySet<string>) {
  const run = Buffer.alloc(ID_LENGTH);
  let runLength = 0;
  let matched = 0; // bytes of TRANSFER_ENCODING seen; a header name follows a line break or a blank, so a mismatch may restart at its first letter
  const runNamesReference = () => runLength === ID_LENGTH && notCallable.has(run.toString('latin1'));
  return {
    /** True once the body so far names a reference that is not callable, or may hide one. */
    chunk(bytes: Uint8Array): boolean {
      for (let at = 0; at < bytes.length; at++) {
        const byte = bytes[at] ?? 0;
        if (isIdByte(byte)) {
          if (runLength < ID_LENGTH) run[runLength] = byte;
          runLength++;
        } else {
          if (runNamesReference()) return true;
          runLength = 0;
        }
        const lower = byte | 0x20; // lowercases letters; a control byte may then read as the name's '-', which only refuses more
        matched = lower === TRANSFER_ENCODING[matched] ? matched + 1 : lower === TRANSFER_ENCODING[0] ? 1 : 0;
        if (matched === TRANSFER_ENCODING.length) return true;
      }
      return false;
    },
    /** True when the body ends with such an id. */
    end: runNamesReference,
  };
}
