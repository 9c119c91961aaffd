// One poller however many follow the sessions list; a failed read is published; nobody following
// means no timer and no request.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import {
  createSessionsFeed,
  SESSIONS_FRESH_MS,
  SESSIONS_REFRESH_MS,
  type SessionsResult,
} from './sessionsFeed.ts';

const LIST = [{ id: 'abcd', title: 'Musrenbang' }] as unknown as SessionSummary[];

describe('sessions feed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once for many followers, polls while followed, stops when nobody follows', async () => {
    const read = vi.fn(async () => LIST);
    const published: SessionsResult[] = [];
    const feed = createSessionsFeed((r) => published.push(r), read);
    const stopA = feed.follow();
    const stopB = feed.follow();
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    expect(published).toEqual([{ ok: true, sessions: LIST }]);
    await vi.advanceTimersByTimeAsync(SESSIONS_REFRESH_MS);
    expect(read).toHaveBeenCalledTimes(2);
    stopA();
    stopA(); // twice is once
    await vi.advanceTimersByTimeAsync(SESSIONS_REFRESH_MS);
    expect(read).toHaveBeenCalledTimes(3);
    stopB();
    await vi.advanceTimersByTimeAsync(SESSIONS_REFRESH_MS * 3);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('gives a new follower the cached list while fresh, reads again once stale', async () => {
    const read = vi.fn(async () => LIST);
    const feed = createSessionsFeed(() => undefined, read);
    const stop = feed.follow();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    feed.follow()();
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SESSIONS_FRESH_MS + 1);
    feed.follow()();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('publishes a failed read', async () => {
    const published: SessionsResult[] = [];
    const feed = createSessionsFeed(
      (r) => published.push(r),
      async () => {
        throw new Error('offline');
      },
    );
    const stop = feed.follow();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    expect(published).toEqual([{ ok: false }]);
  });

  it('joins a read under way instead of starting a second one', async () => {
    const read = vi.fn(async () => LIST);
    const feed = createSessionsFeed(() => undefined, read);
    const stop = feed.follow();
    feed.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    feed.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(2);
    stop();
  });
});
