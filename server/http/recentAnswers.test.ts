import { describe, expect, it } from 'vitest';
import { recentAnswers } from './recentAnswers.ts';

describe('recentAnswers', () => {
  it('computes once per key within the window, again after it', async () => {
    const recent = recentAnswers<number>(5000);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await recent('a', 0, compute)).toBe(1);
    expect(await recent('a', 4999, compute)).toBe(1);
    expect(await recent('b', 4999, compute)).toBe(2);
    expect(await recent('a', 5000, compute)).toBe(3);
  });

  it('forgets a failed computation, so the next caller tries again', async () => {
    const recent = recentAnswers<number>(5000);
    await expect(recent('a', 0, () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await recent('a', 1, async () => 7)).toBe(7);
  });

  it('holds at most maxKeys keys, dropping the oldest', async () => {
    const recent = recentAnswers<string>(5000, 2);
    let runs = 0;
    const compute = async () => `run ${++runs}`;
    await recent('a', 0, compute);
    await recent('b', 0, compute);
    await recent('c', 0, compute);
    expect(await recent('b', 1, compute)).toBe('run 2');
    expect(await recent('a', 1, compute)).toBe('run 4');
  });
});
