import { describe, expect, it } from 'vitest';
import { MAX_BATCH_POINTS, parseIngest, parseTime } from './ingest.ts';
import type { KpiRules } from './kpi.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const rules = new Map<string, KpiRules>([
  ['serapan-apbd', { direction: 'higher', target: 67.4, min: 0, max: 100 }],
  ['aduan', { direction: 'lower', target: 40, min: 0, max: 2000, integer: true }],
]);
const ctx = { rules, nowMs: NOW };
const json = (payload: unknown) => parseIngest(payload, 'json', ctx);
const csv = (text: string) => parseIngest(text, 'csv', ctx);
const errorsOf = (r: ReturnType<typeof json>) => (r.ok ? [] : r.errors);

describe('parseIngest (JSON)', () => {
  it('accepts one point, taking the time as now when `at` is missing', () => {
    expect(json({ kpi: 'aduan', value: 12 })).toEqual({
      ok: true,
      points: [{ kpi: 'aduan', value: 12, at: NOW }],
    });
  });

  it('accepts a batch with ISO and epoch-ms times and numeric strings', () => {
    const r = json([
      { kpi: 'serapan-apbd', value: '70.5', at: '2026-06-01T10:00:00+08:00' },
      { kpi: 'aduan', value: 3, at: NOW - 60_000 },
      { kpi: 'aduan', value: 4, at: String(NOW - 120_000) },
    ]);
    expect(r).toEqual({
      ok: true,
      points: [
        { kpi: 'serapan-apbd', value: 70.5, at: Date.parse('2026-06-01T02:00:00Z') },
        { kpi: 'aduan', value: 3, at: NOW - 60_000 },
        { kpi: 'aduan', value: 4, at: NOW - 120_000 },
      ],
    });
  });

  it('names row and field of every bad point', () => {
    const r = json([
      { kpi: 'aduan', value: 1 },
      { kpi: 'nope', value: 1 },
      { kpi: 'aduan', value: 'banyak' },
      { kpi: 'serapan-apbd', value: 101 },
      { kpi: 'aduan', value: 1, at: 'yesterday' },
      { kpi: 'aduan', value: 1, at: NOW + 6 * 60_000 },
      { kpi: 'aduan', value: 1, at: '2020-01-01' },
      { value: 1 },
      { kpi: 'aduan', value: 1, at: '2026-02-30' },
    ]);
    expect(errorsOf(r).map((e) => [e.row, e.field])).toEqual([
      [2, 'kpi'],
      [3, 'value'],
      [4, 'value'],
      [5, 'at'],
      [6, 'at'],
      [7, 'at'],
      [8, 'kpi'],
      [9, 'at'],
    ]);
    expect(errorsOf(r)[0]?.message).toMatch(/unknown KPI "nope"/);
    expect(errorsOf(r)[2]?.message).toMatch(/outside 0…100/);
    expect(errorsOf(r)[4]?.message).toMatch(/future/);
    expect(errorsOf(r)[5]?.message).toMatch(/5 years/);
  });

  it('rejects a fraction of a count, and nothing of the batch is accepted', () => {
    const r = json([
      { kpi: 'serapan-apbd', value: 42.5 },
      { kpi: 'aduan', value: '42.5' },
    ]);
    expect(errorsOf(r)).toEqual([{ row: 2, field: 'value', message: expect.stringMatching(/whole number/) }]);
    expect(csv('kpi,value\naduan,42\n').ok).toBe(true);
  });

  it('allows the clock skew but not more', () => {
    expect(json({ kpi: 'aduan', value: 1, at: NOW + 5 * 60_000 }).ok).toBe(true);
    expect(json({ kpi: 'aduan', value: 1, at: NOW + 5 * 60_000 + 1 }).ok).toBe(false);
  });

  it('rejects malformed JSON, non-objects, empty and too large batches as a whole', () => {
    expect(errorsOf(json('{"kpi": '))[0]).toMatchObject({ row: 0, field: 'body', message: /malformed JSON/ });
    expect(errorsOf(json([{ kpi: 'aduan', value: 1 }, 5]))[0]).toMatchObject({ row: 2, field: 'body' });
    expect(errorsOf(json('"x"'))[0]).toMatchObject({ row: 0, field: 'body' });
    expect(errorsOf(json([]))[0]).toMatchObject({ row: 0, field: 'body', message: 'no points' });
    const big = Array.from({ length: MAX_BATCH_POINTS + 1 }, () => ({ kpi: 'aduan', value: 1 }));
    expect(errorsOf(json(big))).toEqual([
      { row: 0, field: 'body', message: expect.stringMatching(/too large/) },
    ]);
    expect(json(big.slice(1)).ok).toBe(true);
  });

  it('rejects non-finite numbers and comma decimals', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '67,4', '', '1e400', true])
      expect(errorsOf(json({ kpi: 'aduan', value }))[0], String(value)).toEqual({
        row: 1,
        field: 'value',
        message: 'value must be a number',
      });
  });
});

describe('parseIngest (CSV)', () => {
  it('reads a header in any column order, quoted fields and an optional at column', () => {
    const r = csv('\uFEFFvalue,"kpi",at\r\n12,aduan,2026-06-01T11:00:00Z\n"70.5","serapan-apbd",\n\n');
    expect(r).toEqual({
      ok: true,
      points: [
        { kpi: 'aduan', value: 12, at: Date.parse('2026-06-01T11:00:00Z') },
        { kpi: 'serapan-apbd', value: 70.5, at: NOW },
      ],
    });
    expect(csv('kpi,value\naduan,3\n')).toEqual({ ok: true, points: [{ kpi: 'aduan', value: 3, at: NOW }] });
  });

  it('numbers rows from 1 after the header', () => {
    const r = csv('kpi,value,at\naduan,1,\naduan,x,\nnope,1,\n');
    expect(errorsOf(r).map((e) => [e.row, e.field])).toEqual([
      [2, 'value'],
      [3, 'kpi'],
    ]);
  });

  it('rejects malformed CSV naming the row', () => {
    expect(errorsOf(csv('kpi,value\naduan,"1\n'))[0]).toMatchObject({
      row: 1,
      field: 'body',
      message: /unterminated/,
    });
    expect(errorsOf(csv('kpi,value\naduan,1\naduan,1,extra\n'))[0]).toMatchObject({ row: 2, field: 'body' });
    expect(errorsOf(csv('kpi,value\nadu"an,1\n'))[0]).toMatchObject({ row: 1, field: 'body' });
    expect(errorsOf(csv('name,amount\nx,1\n'))[0]).toMatchObject({ row: 0, message: /header/ });
    expect(errorsOf(parseIngest({}, 'csv', ctx))[0]).toMatchObject({ row: 0, field: 'body' });
  });
});

describe('parseTime', () => {
  it('reads ISO 8601 with a zone, dates and epoch ms, and nothing else', () => {
    expect(parseTime('2026-01-02')).toBe(Date.UTC(2026, 0, 2));
    expect(parseTime('2026-01-02T03:04:05.678Z')).toBe(Date.UTC(2026, 0, 2, 3, 4, 5, 678));
    expect(parseTime(1_700_000_000_000)).toBe(1_700_000_000_000);
    for (const bad of ['2026-01-02T03:04', '02/01/2026', '2026-13-01', -1, 1.5, null, {}])
      expect(parseTime(bad), String(bad)).toBeUndefined();
  });
});
