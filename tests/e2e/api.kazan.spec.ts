import { expect, test } from '@playwright/test';

// The open-data API in the real production server (Next's caching and route handling), on the
// Kazan portal. The integration tests check the answers against the OpenAPI document in detail.
test.describe('open-data API', () => {
  test('serves the register, its detail, its CSV and the OpenAPI document', async ({ request }) => {
    const list = await request.get('/api/v1/agreements?partner=chengdu&locale=kk');
    expect(list.status()).toBe(200);
    expect(list.headers()['access-control-allow-origin']).toBe('*');
    const body = (await list.json()) as { data: { id: number; signed: unknown; title: { text: string } }[]; meta: { total: number } };
    expect(body.meta.total).toBe(1);
    expect(body.data[0]).toMatchObject({ signed: { date: '2015', precision: 'year' }, title: { text: 'Достық ынтымақтастық орнату туралы меморандум' } });

    const id = body.data[0]?.id;
    const detail = await request.get(`/api/v1/agreements/${id}`);
    expect(detail.status()).toBe(200);
    const etag = detail.headers()['etag'] ?? '';
    expect((await request.get(`/api/v1/agreements/${id}`, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
    // The tag a compressing proxy hands on, sent back by the cache behind it (the server's copy answers).
    expect((await request.get(`/api/v1/agreements/${id}`, { headers: { 'If-None-Match': `W/${etag}` } })).status()).toBe(304);
    expect((await request.head(`/api/v1/agreements/${id}`)).headers()['etag']).toBe(etag);

    const csv = await request.get('/api/v1/agreements.csv?locale=kk');
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await csv.body()).toString('utf8')).toContain('Чэнду');

    const openapi = await request.get('/api/v1/openapi.json');
    expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');
    expect(Date.parse(openapi.headers()['last-modified'] ?? '')).toBeLessThanOrEqual(Date.now());
    expect((await request.get('/api/v1/events?year=abc')).status()).toBe(400);
    // Bytes that are not UTF-8 reach the route decoded and encoded again by Next, as U+FFFD.
    expect((await request.get('/api/v1/partners?q=%FF%FE')).status()).toBe(400);
    expect((await request.get('/api/v1/events/nothing-here')).status()).toBe(404);
    const events = (await (await request.get('/api/v1/events?perPage=5')).json()) as { meta: { total: number; pageCount: number } };
    expect(events.meta).toMatchObject({ total: 42, pageCount: 9 });
  });

  test('answers an unknown path with its JSON 404, whatever the method, never the site’s HTML page', async ({ request }) => {
    // `/api/v1/` is first redirected (308, method kept) to `/api/v1`, as Next does with any trailing slash.
    const paths = ['/api/v1/nope', '/api/v1/partners/chengdu/nope', '/api/v1/agreements/1/x/y', '/api/v1', '/api/v1/'];
    for (const path of paths) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(404);
        expect(response.headers()['content-type'], `${method} ${path}`).toBe('application/json');
        expect(response.headers()['access-control-allow-origin']).toBe('*');
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('not_found');
        expect(body.error.message).toContain('/api/v1/openapi.json');
      }
      if (path === '/api/v1/nope') {
        const known = await request.fetch('/api/v1/partners', { method: 'DELETE' });
        expect([known.status(), known.headers()['allow'], ((await known.json()) as { error: { code: string } }).error.code]).toEqual([
          405,
          'GET, HEAD, OPTIONS',
          'method_not_allowed',
        ]);
      }
      const head = await request.head(path);
      expect(head.status(), `HEAD ${path}`).toBe(404);
    }
  });
});
