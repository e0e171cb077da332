import type { MediaExtension } from './storage-key';

export type MediaKindName = 'image' | 'document';

const MB = 1024 * 1024;
/** Upload limits by kind, in bytes. */
export const MAX_BYTES: Record<MediaKindName, number> = { image: 10 * MB, document: 20 * MB };

/**
 * The types we accept, by the MIME type detected from the file's first bytes (never its name or
 * the browser's claim). Anything else — SVG and HTML (scriptable), GIF, TIFF, executables — is refused.
 */
const ACCEPTED: Record<string, { kind: MediaKindName; extension: MediaExtension }> = {
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/png': { kind: 'image', extension: 'png' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'application/pdf': { kind: 'document', extension: 'pdf' },
};

export type UploadRejection = 'empty' | 'unsupportedType' | 'imageTooLarge' | 'documentTooLarge';
export type AcceptedUpload = { kind: MediaKindName; mimeType: string; extension: MediaExtension };

/** Whether a file of this detected type and size may be stored, and as what. */
export function classifyUpload(
  detectedMime: string | undefined,
  byteSize: number,
): { ok: true; upload: AcceptedUpload } | { ok: false; reason: UploadRejection } {
  if (byteSize === 0) return { ok: false, reason: 'empty' };
  const accepted = detectedMime ? ACCEPTED[detectedMime] : undefined;
  if (!accepted || !detectedMime) return { ok: false, reason: 'unsupportedType' };
  if (byteSize > MAX_BYTES[accepted.kind]) return { ok: false, reason: accepted.kind === 'image' ? 'imageTooLarge' : 'documentTooLarge' };
  return { ok: true, upload: { ...accepted, mimeType: detectedMime } };
}

/**
 * The uploaded name as we keep and offer it back: no folders, no control or bidi characters, no
 * characters that file systems or headers trip over, at most 120 characters, and the extension
 * of the type we detected (so "scan.exe" that is really a PDF downloads as "scan.pdf").
 */
export function sanitizeFileName(name: string, extension: MediaExtension): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*;]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/^[.\s]+/, '');
  const stem = Array.from(base)
    .slice(0, 120 - extension.length - 1)
    .join('')
    .trim();
  return `${stem || 'file'}.${extension}`;
}

/**
 * Content-Disposition for a served file: images show in the browser; PDFs download under their
 * original name (RFC 6266 with an RFC 5987 UTF-8 `filename*` and an ASCII fallback).
 */
export function contentDisposition(kind: MediaKindName, fileName: string): string {
  if (kind === 'image') return 'inline';
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
