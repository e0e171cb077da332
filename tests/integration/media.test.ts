import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessDenied } from '@/lib/server/auth/actor';
import { purgeMedia, restoreMedia, trashMedia, updateMediaDetails, uploadMedia } from '@/lib/server/media/mutations';
import { mediaUrl } from '@/lib/media';
import { storageKeyFor } from '@/lib/media/storage-key';
import { listMediaForAdmin, MEDIA_PAGE_SIZE } from '@/lib/server/media/queries';
import { removeStaleTemporaryFiles } from '@/lib/server/media/storage';
import type { MediaDetailsInput } from '@/lib/schemas/media';
import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security/headers';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { signedInHeaders } from '../support/auth';

// The route handler runs outside Next here: connection() only marks a render as dynamic.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { GET } = await import('@/app/media/[...key]/route');

let database: TestDatabase;
let mediaDir: string;
let editor: Headers;
let admin: Headers;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url; // the data layer's own client connects here on first use
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-media-'));
  process.env.MEDIA_DIR = mediaDir;
  [editor, admin] = await Promise.all([signedInHeaders(database.prisma, { role: 'editor' }), signedInHeaders(database.prisma, { role: 'admin' })]);
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const noDetails: MediaDetailsInput = { alt: { ru: null, kk: null, en: null }, creditText: null, creditUrl: null };

/** A photo as a camera would send it: EXIF orientation (rotated 90°) and a GPS position inside. */
async function cameraPhoto(format: 'jpeg' | 'png' | 'webp', width = 2000, height = 1000) {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .withExif({ IFD0: { Make: 'SecretCam', Copyright: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 19/1 0/1' } })
    .withMetadata({ orientation: 6 });
  return image.toFormat(format).toBuffer();
}

// The smallest well-formed PDF: one empty page, with a correct cross-reference table.
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const file = (bytes: Uint8Array | string, name: string, type = 'application/octet-stream') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });
const uploadedRow = async (id: string) => database.prisma.media.findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: { locale: 'asc' } } } });
const request = (url: string, headers?: HeadersInit, method = 'GET') => new Request(`http://localhost${url}`, { headers, method });
const get = (url: string, headers?: HeadersInit) => {
  const { pathname } = new URL(url, 'http://localhost');
  const key = pathname
    .replace(/^\/media\//, '')
    .split('/')
    .map(decodeURIComponent);
  return GET(request(url, headers), { params: Promise.resolve({ key }) });
};

describe('uploadMedia', () => {
  it('stores a photo upright, without metadata, under its content hash, with WebP copies', async () => {
    const photo = await cameraPhoto('jpeg');
    const outcome = await uploadMedia(editor, file(photo, 'IMG_0001.JPG', 'image/jpeg'), {
      alt: { ru: 'Делегация у ратуши', kk: 'Делегация әкімдік ғимаратының жанында', en: null },
      creditText: 'Пресс-служба',
      creditUrl: 'https://example.org/press',
    });
    expect(outcome).toMatchObject({ ok: true, duplicate: false });
    if (!outcome.ok) return;
    const row = await uploadedRow(outcome.media.id);
    // EXIF orientation 6 turns the 2000×1000 sensor image into a 1000×2000 portrait.
    expect(row).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', width: 1000, height: 2000, originalName: 'IMG_0001.jpg', creditText: 'Пресс-служба' });
    expect(row.storageKey).toBe(`${row.sha256.slice(0, 2)}/${row.sha256}.jpg`);
    expect(row.translations.map((t) => t.locale).sort()).toEqual(['kk', 'ru']);

    const stored = fs.readFileSync(path.join(mediaDir, row.storageKey));
    expect(stored.byteLength).toBe(row.byteSize);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1000, height: 2000 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes('SecretCam')).toBe(false);

    for (const width of [480, 960]) {
      const variant = await sharp(fs.readFileSync(path.join(mediaDir, row.storageKey.replace('.jpg', `.w${width}.webp`)))).metadata();
      expect(variant).toMatchObject({ format: 'webp', width, height: width * 2 });
    }
    // Never enlarged: a 1000 px wide original has no 1600 px copy.
    expect(fs.existsSync(path.join(mediaDir, row.storageKey.replace('.jpg', '.w1600.webp')))).toBe(false);
    expect(fs.readdirSync(mediaDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual([]); // no temporary files left behind

    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'media', entityId: row.id } });
    expect(audit).toMatchObject({ action: 'create', actorId: row.createdById });
    expect(audit.changes).toMatchObject({
      'alt.kk': { before: null, after: 'Делегация әкімдік ғимаратының жанында' },
      mimeType: { before: null, after: 'image/jpeg' },
    });
  });

  it.each(['png', 'webp'] as const)('accepts %s photos and keeps their format', async (format) => {
    const outcome = await uploadMedia(editor, file(await cameraPhoto(format, 1800, 600), `photo.${format}`), noDetails);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await uploadedRow(outcome.media.id);
    expect(row).toMatchObject({ mimeType: `image/${format}`, width: 600, height: 1800 });
    expect((await sharp(fs.readFileSync(path.join(mediaDir, row.storageKey))).metadata()).format).toBe(format);
  });

  it('stores a PDF byte for byte, with a sanitised name', async () => {
    const pdf = tinyPdf();
    const outcome = await uploadMedia(editor, file(pdf, '../Соглашение "Шымкент".pdf', 'application/pdf'), noDetails);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await uploadedRow(outcome.media.id);
    expect(row).toMatchObject({
      kind: 'document',
      mimeType: 'application/pdf',
      width: null,
      originalName: 'Соглашение _Шымкент_.pdf',
      byteSize: pdf.byteLength,
    });
    expect(fs.readFileSync(path.join(mediaDir, row.storageKey)).equals(pdf)).toBe(true);
  });

  it('returns the existing record for the same content uploaded again', async () => {
    const photo = await cameraPhoto('jpeg', 700, 500);
    const first = await uploadMedia(editor, file(photo, 'a.jpg'), noDetails);
    const again = await uploadMedia(admin, file(photo, 'another-name.jpg'), noDetails);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again).toEqual({ ok: true, duplicate: true, media: first.media });
    expect(await database.prisma.media.count({ where: { storageKey: first.media.storageKey } })).toBe(1);
  });

  it('refuses what is not a JPEG, PNG, WebP or PDF by content, whatever its name says', async () => {
    const refused = async (bytes: Uint8Array | string, name: string, type?: string) => {
      const before = await database.prisma.media.count();
      const outcome = await uploadMedia(editor, file(bytes, name, type), noDetails);
      expect(await database.prisma.media.count()).toBe(before);
      return outcome.ok ? 'stored' : outcome.error;
    };
    expect(await refused('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'logo.svg', 'image/svg+xml')).toBe('unsupportedType');
    expect(await refused('<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.png', 'image/png')).toBe('unsupportedType');
    expect(await refused('<!doctype html><script>alert(document.cookie)</script>', 'photo.jpg', 'image/jpeg')).toBe('unsupportedType');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
    expect(await refused(exe, 'holiday.jpg', 'image/jpeg')).toBe('unsupportedType');
    expect(
      await refused(
        await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
          .gif()
          .toBuffer(),
        'anim.jpg',
      ),
    ).toBe('unsupportedType');
    expect(await refused('', 'empty.pdf')).toBe('empty');
    // A JPEG header over garbage: the type matches, the image does not decode.
    expect(await refused(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]), 'broken.jpg')).toBe('unreadableImage');
  });

  it('refuses files over the size limit of their kind', async () => {
    const bigPhoto = Buffer.concat([await cameraPhoto('png', 50, 50), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await uploadMedia(editor, file(bigPhoto, 'big.png'), noDetails)).toEqual({ ok: false, error: 'imageTooLarge' });
    const bigPdf = Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    expect(await uploadMedia(editor, file(bigPdf, 'big.pdf'), noDetails)).toEqual({ ok: false, error: 'documentTooLarge' });
  });

  it('drops bytes hidden after the image (a JPEG/HTML polyglot)', async () => {
    const polyglot = Buffer.concat([await cameraPhoto('jpeg', 640, 480), Buffer.from('<html><script>alert(1)</script></html>')]);
    const outcome = await uploadMedia(editor, file(polyglot, 'poly.html'), noDetails);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await uploadedRow(outcome.media.id);
    expect(row.originalName).toBe('poly.jpg');
    expect(fs.readFileSync(path.join(mediaDir, row.storageKey)).includes('<script>')).toBe(false);
  });

  it('refuses a visitor without a session', async () => {
    await expect(uploadMedia(new Headers(), file(tinyPdf(), 'x.pdf'), noDetails)).rejects.toEqual(new AccessDenied('unauthenticated'));
  });
});

describe('media details, trash and purge', () => {
  let id: string;
  let storageKey: string;
  beforeAll(async () => {
    const outcome = await uploadMedia(editor, file(await cameraPhoto('webp', 1200, 800), 'p.webp'), {
      ...noDetails,
      alt: { ru: 'Старый', kk: null, en: null },
    });
    if (!outcome.ok) throw new Error(outcome.error);
    ({ id, storageKey } = outcome.media);
  });

  it('sets alt texts and credit, audited field by field', async () => {
    const details: MediaDetailsInput = { alt: { ru: 'Новый', kk: 'Жаңа', en: 'New' }, creditText: 'Фото: акимат', creditUrl: null };
    expect(await updateMediaDetails(editor, id, 1, details)).toEqual({ ok: true, value: { version: 2 } });
    const row = await uploadedRow(id);
    expect(Object.fromEntries(row.translations.map((t) => [t.locale, t.alt]))).toEqual({ ru: 'Новый', kk: 'Жаңа', en: 'New' });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'update' } });
    expect(audit.changes).toEqual({
      'alt.ru': { before: 'Старый', after: 'Новый' },
      'alt.kk': { before: null, after: 'Жаңа' },
      'alt.en': { before: null, after: 'New' },
      creditText: { before: null, after: 'Фото: акимат' },
    });
    // A blank alt text removes it again.
    await updateMediaDetails(editor, id, 2, { ...details, alt: { ...details.alt, en: null } });
    expect((await uploadedRow(id)).translations.map((t) => t.locale).sort()).toEqual(['kk', 'ru']);
  });

  it('refuses a save over a version someone else changed, and writes nothing', async () => {
    const before = await uploadedRow(id);
    const auditCount = await database.prisma.auditLog.count({ where: { entityId: id } });
    const stale = await updateMediaDetails(editor, id, 2, { alt: { ru: 'Чужая правка', kk: null, en: null }, creditText: null, creditUrl: null });
    expect(stale).toMatchObject({ ok: false, error: 'conflict', current: { version: 3 } });
    expect(await uploadedRow(id)).toEqual(before);
    expect(await database.prisma.auditLog.count({ where: { entityId: id } })).toBe(auditCount);
  });

  it('lists the library a page at a time, newest first, for editors only', async () => {
    await expect(listMediaForAdmin(new Headers(), 1)).rejects.toBeInstanceOf(AccessDenied);
    const rows = Array.from({ length: MEDIA_PAGE_SIZE + 1 }, (_, i) => ({
      kind: 'document' as const,
      mimeType: 'application/pdf',
      byteSize: 1,
      sha256: String(i).padStart(64, 'f'),
      storageKey: `${String(i).padStart(64, 'f')}.pdf`,
      createdAt: new Date(Date.UTC(2001, 0, 1 + i)), // older than every upload of this run
    }));
    await database.prisma.media.createMany({ data: rows });
    const first = await listMediaForAdmin(editor, 1);
    const total = await database.prisma.media.count({ where: { deletedAt: null } });
    expect(first).toMatchObject({ total, pageCount: Math.ceil(total / MEDIA_PAGE_SIZE) });
    expect(first.items).toHaveLength(MEDIA_PAGE_SIZE);
    expect(first.items[0]?.id).toBe(id); // the newest upload
    const last = await listMediaForAdmin(editor, first.pageCount);
    expect(last.items.at(-1)?.storageKey).toBe(`${'0'.padStart(64, 'f')}.pdf`); // the oldest
    expect((await listMediaForAdmin(editor, first.pageCount + 1)).items).toEqual([]);
    await database.prisma.media.deleteMany({ where: { sha256: { in: rows.map((r) => r.sha256) } } });
  });

  it('refuses details without a session, and for an unknown record', async () => {
    await expect(updateMediaDetails(new Headers(), id, 1, noDetails)).rejects.toBeInstanceOf(AccessDenied);
    expect(await updateMediaDetails(editor, '00000000-0000-4000-8000-000000000000', 1, noDetails)).toEqual({ ok: false, error: 'notFound' });
  });

  it('answers an id that is no uuid as an unknown record, in every mutation', async () => {
    for (const bad of ['not-a-uuid', '1', '', `${id}0`]) {
      expect(await updateMediaDetails(editor, bad, 1, noDetails), bad).toEqual({ ok: false, error: 'notFound' });
      expect(await trashMedia(editor, bad), bad).toEqual({ ok: false, error: 'notFound' });
      expect(await restoreMedia(admin, bad), bad).toEqual({ ok: false, error: 'notFound' });
      expect(await purgeMedia(admin, bad), bad).toEqual({ ok: false, error: 'notFound' });
    }
  });

  it('trashes (editor), restores and purges (admin only)', async () => {
    expect((await get(mediaUrl(storageKey))).status).toBe(200);
    expect(await trashMedia(editor, id)).toMatchObject({ ok: true });
    expect((await get(mediaUrl(storageKey))).status).toBe(404);
    await expect(restoreMedia(editor, id)).rejects.toEqual(new AccessDenied('forbidden'));
    await expect(purgeMedia(editor, id)).rejects.toEqual(new AccessDenied('forbidden'));
    expect(await restoreMedia(admin, id)).toMatchObject({ ok: true });
    expect((await get(mediaUrl(storageKey))).status).toBe(200);

    await trashMedia(editor, id);
    expect(await purgeMedia(admin, id)).toMatchObject({ ok: true });
    expect(await database.prisma.media.count({ where: { id } })).toBe(0);
    expect(fs.existsSync(path.join(mediaDir, storageKey))).toBe(false);
    expect(fs.existsSync(path.join(mediaDir, storageKey.replace('.webp', '.w960.webp')))).toBe(false);
    const actions = (await database.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['create', 'update', 'update', 'delete', 'restore', 'delete', 'purge']);
  });
});

describe('GET /media/[...key]', () => {
  let photo: { storageKey: string; sha256: string };
  let pdf: { storageKey: string; sha256: string };
  beforeAll(async () => {
    const a = await uploadMedia(editor, file(await cameraPhoto('jpeg', 800, 1200), 'route.jpg'), noDetails);
    const b = await uploadMedia(editor, file(Buffer.concat([tinyPdf(), Buffer.from('% route\n')]), 'Протокол №1 (2015).pdf'), noDetails);
    if (!a.ok || !b.ok) throw new Error('upload failed');
    photo = await database.prisma.media.findUniqueOrThrow({ where: { id: a.media.id } });
    pdf = await database.prisma.media.findUniqueOrThrow({ where: { id: b.media.id } });
  });

  it('serves a photo inline with its checked type, no sniffing and long caching', async () => {
    const response = await get(mediaUrl(photo.storageKey));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${photo.sha256}"`,
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(mediaDir, photo.storageKey)))).toBe(true);
  });

  it('never lets a file run as a page: a sandboxing policy without scripts (next.config.ts adds it to misses too)', async () => {
    for (const url of [mediaUrl(photo.storageKey), mediaUrl(photo.storageKey, 960), mediaUrl(pdf.storageKey)]) {
      const policy = (await get(url)).headers.get('content-security-policy') ?? '';
      expect(policy, url).toBe(MEDIA_CONTENT_SECURITY_POLICY);
      expect(policy).toMatch(/(^|; )default-src 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )sandbox(;|$)/);
    }
  });

  it('serves the resized copies, and only those that exist', async () => {
    const response = await get(mediaUrl(photo.storageKey, 960));
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(960);
    expect((await get(mediaUrl(photo.storageKey, 1600))).status).toBe(404); // the original (1200 px) is narrower
    expect((await get(`${mediaUrl(photo.storageKey)}?w=123`)).status).toBe(404);
    expect((await get(`${mediaUrl(pdf.storageKey)}?w=480`)).status).toBe(404);
  });

  it('offers a PDF as a download under its original name', async () => {
    const response = await get(mediaUrl(pdf.storageKey));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="________ _1 (2015).pdf"; filename*=UTF-8''${encodeURIComponent('Протокол №1').replace(/[()]/g, '')}%20%282015%29.pdf`,
    );
  });

  it('answers HEAD with the headers alone, and leaves no file open', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 20; i++) {
      const response = await GET(request(mediaUrl(photo.storageKey), undefined, 'HEAD'), { params: Promise.resolve({ key: photo.storageKey.split('/') }) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-length')).toBe(String(fs.statSync(path.join(mediaDir, photo.storageKey)).size));
      expect(response.body).toBeNull();
    }
    expect(openFiles()).toBeLessThan(before + 5);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const response = await get(mediaUrl(photo.storageKey), { 'If-None-Match': `"${photo.sha256}"` });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect((await get(mediaUrl(photo.storageKey), { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('answers 404, not an error, when a known file is missing on disk (a backup restored without its media folder)', async () => {
    const sha256 = 'e'.repeat(64);
    const storageKey = storageKeyFor(sha256, 'pdf');
    await database.prisma.media.create({ data: { kind: 'document', mimeType: 'application/pdf', byteSize: 1, sha256, storageKey } });
    expect((await get(mediaUrl(storageKey))).status).toBe(404);
    await database.prisma.media.delete({ where: { sha256 } });
  });

  it('answers 404 for unknown keys and never opens a path built from the request', async () => {
    const unknown = `${'cd'.padEnd(64, '1').slice(0, 2)}/${'cd'.padEnd(64, '1')}.jpg`;
    fs.mkdirSync(path.join(mediaDir, 'cd'), { recursive: true });
    fs.writeFileSync(path.join(mediaDir, unknown), 'not in the database'); // a file alone is not enough
    const attempts = [
      mediaUrl(unknown),
      '/media/..%2f..%2f..%2fetc%2fpasswd',
      `/media/${photo.storageKey.slice(0, 2)}/..%2f..%2f${path.basename(mediaDir)}%2f${photo.storageKey}`,
      '/media/%2fetc%2fpasswd',
      `/media/${encodeURIComponent(path.join(mediaDir, photo.storageKey))}`,
      `/media/${photo.storageKey.toUpperCase()}`,
      `/media/${photo.storageKey}%00.png`,
      '/media/.tmp/x',
    ];
    for (const url of attempts) expect((await get(url)).status, url).toBe(404);
    // The key arrives already split by the router: each segment shape is checked too.
    const direct = await GET(request('/media/x'), { params: Promise.resolve({ key: ['..', '..', 'etc', 'passwd'] }) });
    expect(direct.status).toBe(404);
  });
});

describe('one media folder shared by several instances', () => {
  it('two instances storing the same upload at once leave one whole file, and readers never get part of it or an error', { timeout: 120_000 }, async () => {
    const bytes = randomBytes(16 * 1024 * 1024);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = storageKeyFor(sha256, 'pdf');
    await database.prisma.media.create({ data: { kind: 'document', mimeType: 'application/pdf', byteSize: bytes.byteLength, sha256, storageKey } });
    const source = path.join(mediaDir, '..', `${path.basename(mediaDir)}-upload.pdf`);
    fs.writeFileSync(source, bytes);

    // Each stores it several times over, as instances and retries would: every store may find the other's file.
    const instances = [1, 2].map(() =>
      spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/store-media-child.ts'], {
        env: { ...process.env, MEDIA_DIR: mediaDir, STORE_KEY: storageKey, STORE_SOURCE: source, STORE_TIMES: '6' },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
    let stored = false;
    const exits = Promise.all(instances.map((child) => new Promise<number | null>((resolve) => child.once('exit', resolve)))).finally(() => (stored = true));
    const reads: string[] = [];
    for (let last = false; !last;) {
      last = stored;
      const response = await get(mediaUrl(storageKey));
      if (response.status !== 200) {
        reads.push(String(response.status));
        await sleep(5);
        continue;
      }
      await sleep(10); // a client that takes the body a moment after the headers
      const body = await response.arrayBuffer().then(
        (read) => Buffer.from(read),
        (error: Error) => error,
      );
      reads.push(body instanceof Error ? `error: ${body.message}` : body.equals(bytes) ? 'whole' : `part: ${body.byteLength} bytes`);
    }
    fs.rmSync(source);

    expect(await exits).toEqual([0, 0]);
    expect(reads.filter((read) => read !== '404' && read !== 'whole')).toEqual([]); // nothing but "not yet" or the whole file
    expect(reads.at(-1)).toBe('whole');
    expect(fs.readFileSync(path.join(mediaDir, storageKey)).equals(bytes)).toBe(true);
    const files = fs.readdirSync(mediaDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.includes(sha256))).toEqual([storageKey]);
    expect(files.filter((file) => /\.tmp(\/|$)/.test(file))).toEqual([]); // no temporary file left behind
  });

  it('a temporary file left by a crash is never served, and the next server start removes it; one still being written stays', async () => {
    const bytes = tinyPdf();
    const sha256 = createHash('sha256').update(bytes).update('crash').digest('hex');
    const storageKey = storageKeyFor(sha256, 'pdf');
    await database.prisma.media.create({ data: { kind: 'document', mimeType: 'application/pdf', byteSize: bytes.byteLength, sha256, storageKey } });
    const folder = path.join(mediaDir, path.dirname(storageKey));
    fs.mkdirSync(folder, { recursive: true });
    const temporary = (id: string) => path.join(folder, `.${path.basename(storageKey)}.${id}.tmp`);
    const crashed = temporary('5e0d1d4c-7b0e-4b8e-9d7e-2f1e5c3a9b01');
    const writing = temporary('0b7a4c52-93d1-4c1e-a3f6-6d2b8e9f1c07');
    const legacy = path.join(mediaDir, '.tmp', '8c1f3e2a-4d5b-4e6f-9a7b-1c2d3e4f5a6b'); // where earlier versions wrote them
    fs.mkdirSync(path.dirname(legacy), { recursive: true });
    for (const file of [crashed, writing, legacy]) fs.writeFileSync(file, bytes);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const file of [crashed, legacy]) fs.utimesSync(file, twoHoursAgo, twoHoursAgo);

    expect((await get(mediaUrl(storageKey))).status).toBe(404); // whole bytes under a temporary name are not the file
    expect((await get(`/media/${path.relative(mediaDir, crashed)}`)).status).toBe(404);

    await removeStaleTemporaryFiles();
    expect([crashed, writing, legacy].map((file) => fs.existsSync(file))).toEqual([false, true, false]);
    expect(fs.existsSync(path.join(mediaDir, storageKey))).toBe(false);
    fs.rmSync(writing);
    await database.prisma.media.delete({ where: { sha256 } });
  });
});
