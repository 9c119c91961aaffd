// Slide decks of the sessions API against a real store, real accounts and real signed tokens: upload
// checks per page (format, mismatch, size), who may upload or list, and serving pages byte for byte.
import { beforeAll, describe, expect, it } from 'vitest';
import { blankPng, webpHeader } from './imageTesting.ts';
import { MAX_PAGE_BYTES } from './sessionDecks.ts';
import { audited, base, call, json, seed, setUpSessionsApi, store, T } from './sessionsTesting.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAABAAAAAQBPJcTWAAAAD0lEQVR4nGNgYPgHRmAKABfeA/n0AEaqAAAAAElFTkSuQmCC',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiokJCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAACAAIDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z',
  'base64',
);
const dataUrl = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

setUpSessionsApi();

describe('slide decks', () => {
  let id: string;
  beforeAll(async () => {
    id = (await seed({ title: 'Sesi paparan', organiser: 'setda' })).id;
  });
  const upload = (body: unknown, who = 'hana') => call('POST', `/sessions/${id}/decks`, who, body);
  const decks = async () => store.sessions.decks(id);

  it('accepts PNG and JPEG pages from the host and serves them byte for byte, cacheable', async () => {
    const res = await upload({
      name: 'Paparan APBD',
      pages: [dataUrl('image/png', PNG), dataUrl('image/jpeg', JPEG)],
    });
    expect(res.status).toBe(201);
    const deck = (await res.json()) as { id: string; pages: number };
    expect(deck).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{10}$/), pages: 2 });
    const listed = await json(await call('GET', `/sessions/${id}/decks`, 'hana'));
    expect(listed).toEqual([{ id: deck.id, name: 'Paparan APBD', pages: 2, at: T() }]);
    for (const [page, mime, bytes] of [
      [0, 'image/png', PNG],
      [1, 'image/jpeg', JPEG],
    ] as const) {
      const img = await fetch(`${base}/sessions/${id}/decks/${deck.id}/${page}`);
      expect(img.status).toBe(200);
      expect(img.headers.get('content-type')).toBe(mime);
      expect(img.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await img.arrayBuffer()).equals(bytes)).toBe(true);
    }
    expect((await call('GET', `/sessions/${id}/decks/${deck.id}/2`)).status).toBe(404);
    expect((await call('GET', `/sessions/${id}/decks/${deck.id}/-1`)).status).toBe(404);
    const elsewhere = (await seed({ title: 'Sesi lain' })).id;
    expect((await call('GET', `/sessions/${elsewhere}/decks/${deck.id}/0`)).status).toBe(404);
    expect((await audited('session.deck')).find((e) => e.target === id)).toMatchObject({
      actor: 'host:hana',
      detail: { deckId: deck.id, pages: 2 },
    });
  });

  it('lets only the session host or an admin upload or list decks', async () => {
    const before = (await decks()).length;
    const good = { name: 'x', pages: [dataUrl('image/png', PNG)] };
    expect((await upload(good, '')).status).toBe(401);
    for (const who of ['dewi', 'mira', 'ana']) {
      expect((await upload(good, who)).status).toBe(403);
      expect((await call('GET', `/sessions/${id}/decks`, who)).status).toBe(403);
    }
    expect((await audited('session.deck-denied')).map((e) => e.actor)).toEqual(
      expect.arrayContaining(['host:dewi', 'moderator:mira', 'staff:ana']),
    );
    expect(await decks()).toHaveLength(before);
    expect((await upload(good, 'root')).status).toBe(201);
    expect((await call('POST', '/sessions/tidakada12/decks', 'root', good)).status).toBe(404);
  });

  it('refuses a broken, mismatched or oversized page naming it, and stores nothing', async () => {
    const before = await decks();
    const png = dataUrl('image/png', PNG);
    const big = new Uint8Array(MAX_PAGE_BYTES + 1);
    big.set(PNG.subarray(0, 8));
    const cases: Array<[string[], number, string, number]> = [
      [[png, dataUrl('image/png', JPEG)], 400, 'page-mismatch', 2],
      [[dataUrl('image/jpeg', PNG)], 400, 'page-mismatch', 1],
      [[png, png, 'data:image/png;base64,iVBOR!w0K'], 400, 'page-base64', 3],
      [[png, 'data:image/png;base64,iVBORw0'], 400, 'page-base64', 2],
      [[dataUrl('image/gif', PNG)], 400, 'page-format', 1],
      [['bukan gambar'], 400, 'page-format', 1],
      [[png, dataUrl('image/png', big)], 413, 'page-too-large', 2],
      [[png, dataUrl('image/png', blankPng(20000, 20000))], 413, 'page-dimensions', 2],
      [[dataUrl('image/webp', webpHeader(4097, 100))], 413, 'page-dimensions', 1],
      [[png, png, dataUrl('image/png', PNG.subarray(0, 16))], 400, 'page-unreadable', 3],
    ];
    for (const [pages, status, error, page] of cases) {
      const res = await upload({ name: 'Rusak', pages });
      expect(res.status, error).toBe(status);
      const body = await json(res);
      expect(body).toMatchObject({ error, field: `pages.${page - 1}`, page });
      expect(String(body.message)).toContain(`Halaman ${page}`);
      if (error === 'page-dimensions') expect(String(body.message)).toContain('4096');
    }
    const many = await upload({ name: 'Banyak', pages: Array.from({ length: 101 }, () => png) });
    expect(many.status).toBe(413);
    expect(await json(many)).toMatchObject({ error: 'too-many-pages', field: 'pages' });
    expect((await upload({ name: '', pages: [png] })).status).toBe(400);
    expect(await json(await upload({ name: '\u202e\u200b', pages: [png] }))).toEqual({
      error: 'invalid',
      field: 'name',
    });
    expect((await upload({ name: 'Kosong', pages: [] })).status).toBe(400);
    expect((await upload('{"name": "x", "pages": [')).status).toBe(400);
    const huge = await upload({
      name: 'Raksasa',
      pages: [`data:image/png;base64,${'A'.repeat(41 * 1024 * 1024)}`],
    });
    expect(huge.status).toBe(413);
    expect(await json(huge)).toEqual({ error: 'too-large', field: 'body' });
    expect(await decks()).toEqual(before);
    const edge = await upload({ name: 'Batas', pages: [dataUrl('image/png', blankPng(4096, 4096))] });
    expect(await json(edge)).toMatchObject({ pages: 1 });
  });
});
