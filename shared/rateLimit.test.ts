import { describe, expect, it } from 'vitest';
import { CHAT_LIMIT, FLOOD_LIMIT } from './protocol.ts';
import { type Bucket, type BucketLimit, fullBucket, take } from './rateLimit.ts';

const LIMIT: BucketLimit = { capacity: 5, refillPerSec: 2 };

/** Takes once per entry of `times`, threading the bucket through; returns which takes succeeded. */
function takeAt(times: number[], limit = LIMIT, start: Bucket = fullBucket(limit, 0), cost = 1): boolean[] {
  let bucket = start;
  return times.map((t) => {
    const r = take(bucket, limit, t, cost);
    bucket = r.bucket;
    return r.ok;
  });
}

describe('take', () => {
  it('allows a burst up to capacity at one instant, then refuses', () => {
    expect(takeAt([0, 0, 0, 0, 0, 0, 0])).toEqual([true, true, true, true, true, false, false]);
  });

  it('refills at refillPerSec: one token every 500 ms at 2/s', () => {
    const burst = Array<number>(5).fill(0);
    expect(takeAt([...burst, 499, 500, 500, 999, 1000])).toEqual([
      ...burst.map(() => true),
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('sustains exactly the refill rate forever, and no more', () => {
    // After the burst, one take every 500 ms always succeeds...
    const steady = Array.from({ length: 1000 }, (_, i) => 500 * (i + 1));
    expect(takeAt([0, 0, 0, 0, 0, ...steady]).every(Boolean)).toBe(true);
    // ...while one every 400 ms is cut off for a share of 1 - 400/500.
    const fast = Array.from({ length: 1000 }, (_, i) => 400 * (i + 1));
    const ok = takeAt([0, 0, 0, 0, 0, ...fast]).slice(5);
    expect(ok.filter(Boolean).length).toBeGreaterThanOrEqual(800);
    expect(ok.filter(Boolean).length).toBeLessThanOrEqual(805);
  });

  it('never holds more than capacity, however long the bucket rests', () => {
    let bucket = fullBucket(LIMIT, 0);
    bucket = take(bucket, LIMIT, 0, 5).bucket;
    const later = take(bucket, LIMIT, 3_600_000);
    expect(later.bucket.tokens).toBe(LIMIT.capacity - 1);
    expect(takeAt(Array<number>(7).fill(3_600_000), LIMIT, bucket)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('says when to retry, and retrying then succeeds', () => {
    let bucket = take(fullBucket(LIMIT, 1000), LIMIT, 1000, 5).bucket;
    const refused = take(bucket, LIMIT, 1100);
    expect(refused.ok).toBe(false);
    // 0.2 tokens after 100 ms; the missing 0.8 take 400 ms at 2/s.
    expect(refused.retryInMs).toBe(400);
    bucket = refused.bucket;
    expect(take(bucket, LIMIT, 1100 + refused.retryInMs - 1).ok).toBe(false);
    expect(take(bucket, LIMIT, 1100 + refused.retryInMs).ok).toBe(true);
  });

  it('reports retryInMs 0 on success and rounds up to whole milliseconds', () => {
    expect(take(fullBucket(LIMIT, 0), LIMIT, 0).retryInMs).toBe(0);
    const third: BucketLimit = { capacity: 1, refillPerSec: 3 };
    const empty = take(fullBucket(third, 0), third, 0).bucket;
    const r = take(empty, third, 0);
    expect(r.retryInMs).toBe(334);
    expect(Number.isInteger(r.retryInMs)).toBe(true);
    expect(take(r.bucket, third, r.retryInMs).ok).toBe(true);
  });

  it('does not add tokens when time goes backwards', () => {
    const empty = take(fullBucket(LIMIT, 10_000), LIMIT, 10_000, 5).bucket;
    const back = take(empty, LIMIT, 5_000);
    expect(back.ok).toBe(false);
    expect(back.bucket.tokens).toBe(0);
    expect(back.retryInMs).toBe(500);
    const farBack = take(empty, LIMIT, -1e12);
    expect(farBack.ok).toBe(false);
    expect(farBack.bucket.tokens).toBe(0);
  });

  it('charges a cost greater than one, and refuses it without spending when short', () => {
    const first = take(fullBucket(LIMIT, 0), LIMIT, 0, 3);
    expect(first).toEqual({ ok: true, bucket: { tokens: 2, atMs: 0 }, retryInMs: 0 });
    const second = take(first.bucket, LIMIT, 0, 3);
    expect(second.ok).toBe(false);
    expect(second.bucket.tokens).toBe(2);
    expect(second.retryInMs).toBe(500);
    // The refused take did not spend anything: the two cheap takes still pass.
    expect(takeAt([0, 0, 0], LIMIT, second.bucket)).toEqual([true, true, false]);
  });

  it('never allows a cost above capacity, and says so with a finite wait', () => {
    const r = take(fullBucket(LIMIT, 0), LIMIT, 1e9, LIMIT.capacity + 1);
    expect(r.ok).toBe(false);
    expect(r.bucket.tokens).toBe(LIMIT.capacity);
    expect(Number.isFinite(r.retryInMs)).toBe(true);
  });

  it('does not mutate the bucket it is given', () => {
    const bucket = fullBucket(LIMIT, 0);
    const copy = { ...bucket };
    take(bucket, LIMIT, 100, 2);
    expect(bucket).toEqual(copy);
  });

  it('gives chat a burst of 5 and then one line a second', () => {
    const burst = takeAt(Array<number>(6).fill(0), CHAT_LIMIT);
    expect(burst).toEqual([true, true, true, true, true, false]);
    const paced = takeAt([0, 0, 0, 0, 0, 1000, 1500, 2000, 2999, 3000], CHAT_LIMIT);
    expect(paced.slice(5)).toEqual([true, false, true, false, true]);
  });

  it('lets 10 Hz moves plus chat through the flood limit, and cuts off a flood', () => {
    const normal = Array.from({ length: 6000 }, (_, i) => i * 50); // 20 messages/s for 5 minutes
    expect(takeAt(normal, FLOOD_LIMIT).every(Boolean)).toBe(true);
    const flood = Array.from({ length: 200 }, (_, i) => i); // 1000 messages/s
    const ok = takeAt(flood, FLOOD_LIMIT).filter(Boolean).length;
    expect(ok).toBeLessThanOrEqual(FLOOD_LIMIT.capacity + 6);
  });
});
