import { describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import { classifyUpload, contentDisposition, MAX_BYTES, sanitizeFileName } from './upload-rules';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const detect = async (data: Uint8Array) => classifyUpload((await fileTypeFromBuffer(data))?.mime, data.byteLength);

describe('classifyUpload', () => {
  it('accepts the four types by their detected MIME type', () => {
    expect(classifyUpload('image/jpeg', 100)).toEqual({ ok: true, upload: { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' } });
    expect(classifyUpload('image/png', 100)).toMatchObject({ ok: true, upload: { kind: 'image', extension: 'png' } });
    expect(classifyUpload('image/webp', 100)).toMatchObject({ ok: true, upload: { kind: 'image', extension: 'webp' } });
    expect(classifyUpload('application/pdf', 100)).toEqual({ ok: true, upload: { kind: 'document', mimeType: 'application/pdf', extension: 'pdf' } });
  });

  it('refuses other and undetectable types', () => {
    for (const mime of ['image/gif', 'image/svg+xml', 'text/html', 'application/x-msdownload', 'image/tiff', undefined]) {
      expect(classifyUpload(mime, 100)).toEqual({ ok: false, reason: 'unsupportedType' });
    }
    expect(classifyUpload('image/png', 0)).toEqual({ ok: false, reason: 'empty' });
  });

  it('applies the size limit of the kind', () => {
    expect(classifyUpload('image/jpeg', MAX_BYTES.image).ok).toBe(true);
    expect(classifyUpload('image/jpeg', MAX_BYTES.image + 1)).toEqual({ ok: false, reason: 'imageTooLarge' });
    expect(classifyUpload('application/pdf', 15 * 1024 * 1024).ok).toBe(true);
    expect(classifyUpload('application/pdf', MAX_BYTES.document + 1)).toEqual({ ok: false, reason: 'documentTooLarge' });
  });

  it('decides from the content: magic bytes, not names', async () => {
    expect(await detect(bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n'))).toMatchObject({ ok: true, upload: { extension: 'pdf' } });
    expect(await detect(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', new Array(17).fill(0)))).toMatchObject({
      ok: true,
      upload: { extension: 'png' },
    });
    // Scriptable or foreign content is refused whatever it would be called.
    expect(await detect(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual({ ok: false, reason: 'unsupportedType' });
    expect(await detect(bytes('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'))).toEqual({ ok: false, reason: 'unsupportedType' });
    expect(await detect(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff], new Array(48).fill(0), 'PE\0\0'))).toEqual({
      ok: false,
      reason: 'unsupportedType',
    });
    expect(await detect(bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0]))).toEqual({ ok: false, reason: 'unsupportedType' });
  });
});

describe('sanitizeFileName', () => {
  it('keeps a readable name in any script, with the detected extension', () => {
    expect(sanitizeFileName('Соглашение Шымкент — Измир 2015.pdf', 'pdf')).toBe('Соглашение Шымкент — Измир 2015.pdf');
    expect(sanitizeFileName('scan.exe', 'pdf')).toBe('scan.pdf');
    expect(sanitizeFileName('photo', 'jpg')).toBe('photo.jpg');
  });

  it('drops folders, control and bidi characters, and characters headers and file systems trip over', () => {
    expect(sanitizeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('C:\\Users\\me\\Desktop\\doc.pdf', 'pdf')).toBe('doc.pdf');
    expect(sanitizeFileName('in\u202Egpj.exe', 'jpg')).toBe('ingpj.jpg');
    expect(sanitizeFileName('a"b;c\r\nd<e>.pdf', 'pdf')).toBe('a_b_cd_e_.pdf');
    expect(sanitizeFileName('.hidden.pdf', 'pdf')).toBe('hidden.pdf');
  });

  it('falls back to a name and caps the length', () => {
    expect(sanitizeFileName('', 'pdf')).toBe('file.pdf');
    expect(sanitizeFileName('/', 'png')).toBe('file.png');
    expect(Array.from(sanitizeFileName('ә'.repeat(500) + '.pdf', 'pdf'))).toHaveLength(120);
  });
});

describe('contentDisposition', () => {
  it('shows images inline', () => {
    expect(contentDisposition('image', 'photo.jpg')).toBe('inline');
  });

  it('downloads documents under their name, UTF-8 encoded per RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('document', 'Соглашение 2015.pdf')).toBe(
      `attachment; filename="__________ 2015.pdf"; filename*=UTF-8''%D0%A1%D0%BE%D0%B3%D0%BB%D0%B0%D1%88%D0%B5%D0%BD%D0%B8%D0%B5%202015.pdf`,
    );
    expect(contentDisposition('document', "it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
