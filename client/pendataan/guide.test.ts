import { describe, expect, it } from 'vitest';
import { guideStep } from './guide.ts';
import type { LocalRecord } from './localDb.ts';

const rec = (state: LocalRecord['state'], practice = true) => ({ state, practice }) as LocalRecord;
const fresh = { welcome: false, done: false };
const read = { welcome: true, done: false };

describe('guided first run', () => {
  it('walks a new surveyor from welcome through a practice record to done', () => {
    const at = (records: LocalRecord[], seen = read, trained = false) =>
      guideStep({ trained, hasAssignment: true, records, seen });
    expect(at([], fresh)).toBe('welcome');
    expect(at([])).toBe('practice');
    expect(at([rec('draft')])).toBe('finish');
    expect(at([rec('refused')])).toBe('finish');
    expect(at([rec('outbox')])).toBe('send');
    expect(at([rec('sent')])).toBe('done');
    expect(at([rec('sent')], { welcome: true, done: true })).toBeNull();
  });
  it('does not count real records as practice, and skips what the server knows', () => {
    expect(
      guideStep({ trained: false, hasAssignment: true, records: [rec('sent', false)], seen: read }),
    ).toBe('practice');
    expect(guideStep({ trained: true, hasAssignment: true, records: [], seen: fresh })).toBe('done');
    expect(guideStep({ trained: false, hasAssignment: false, records: [], seen: fresh })).toBeNull();
  });
});
