import { describe, expect, test } from 'vitest';
import { type LiteRoute, liteFallbackPath, litePath, parseLiteRoute } from './route.ts';

describe('parseLiteRoute', () => {
  test('names every page', () => {
    expect(parseLiteRoute('/lite')).toEqual({ kind: 'home', fallback: false });
    expect(parseLiteRoute('/lite/')).toEqual({ kind: 'home', fallback: false });
    expect(parseLiteRoute('/lite/', '?tanpa-3d')).toEqual({ kind: 'home', fallback: true });
    expect(parseLiteRoute('/lite/opd/disdukcapil')).toEqual({ kind: 'opd', id: 'disdukcapil' });
    expect(parseLiteRoute('/lite/rapor')).toEqual({ kind: 'rapor' });
    expect(parseLiteRoute('/lite/sesi')).toEqual({ kind: 'sessions' });
    expect(parseLiteRoute('/lite/sesi/abc123')).toEqual({ kind: 'session', sessionId: 'abc123' });
    expect(parseLiteRoute('/lite/sesi/abc123', '?invite=K0DE')).toEqual({
      kind: 'session',
      sessionId: 'abc123',
      invite: 'K0DE',
    });
  });

  test('refuses what is not a page', () => {
    for (const path of [
      '/',
      '/staff',
      '/litex',
      '/lite/opd',
      '/lite/opd/Bad_Id!',
      '/lite/opd/a/b',
      '/lite/rapor/x',
      '/lite/sesi/a',
      '/lite/sesi/%E0%A4%A',
      '/lite/unknown',
    ]) {
      expect(parseLiteRoute(path), path).toEqual({ kind: 'notFound' });
    }
    // A malformed invite code is dropped, not passed on to the server.
    expect(parseLiteRoute('/lite/sesi/abc123', '?invite=<x>')).toEqual({
      kind: 'session',
      sessionId: 'abc123',
    });
  });

  test('litePath is its inverse', () => {
    const routes: LiteRoute[] = [
      { kind: 'home', fallback: false },
      { kind: 'home', fallback: true },
      { kind: 'opd', id: 'dinkes' },
      { kind: 'rapor' },
      { kind: 'sessions' },
      { kind: 'session', sessionId: 's-1234' },
      { kind: 'session', sessionId: 's-1234', invite: 'abc' },
    ];
    for (const route of routes) {
      const url = new URL(litePath(route), 'http://x');
      expect(parseLiteRoute(url.pathname, url.search)).toEqual(route);
    }
  });
});

describe('liteFallbackPath', () => {
  test('a session link opens that session in Lite', () => {
    expect(liteFallbackPath('?session=abc123')).toBe('/lite/sesi/abc123');
    expect(liteFallbackPath('?session=abc123&invite=XY')).toBe('/lite/sesi/abc123?invite=XY');
  });
  test('otherwise the home page, marked as a fallback', () => {
    expect(liteFallbackPath('')).toBe('/lite/?tanpa-3d');
    expect(liteFallbackPath('?session=../../x')).toBe('/lite/?tanpa-3d');
    expect(liteFallbackPath('?view=overview')).toBe('/lite/?tanpa-3d');
  });
});
