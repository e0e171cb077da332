import { CSV_HEADERS } from '@/lib/open-data/csv';

/**
 * An import template: the header row of the kind's CSV export, as the export writes it (UTF-8 with
 * a BOM, CRLF), so a file filled in from it imports and an export re-imports alike. It holds no
 * data, so it needs no session.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/admin/import/template/[kind]'>) {
  const { kind } = await params;
  if (!Object.hasOwn(CSV_HEADERS, kind)) return new Response('Not found', { status: 404 });
  const header = CSV_HEADERS[kind as keyof typeof CSV_HEADERS];
  return new Response(`\uFEFF${header.join(',')}\r\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${kind}-template.csv"` },
  });
}
