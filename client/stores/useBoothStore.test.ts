import { describe, expect, it } from 'vitest';
import { useBoothStore } from './useBoothStore.ts';

describe('useBoothStore', () => {
  it('changes state only when a value actually changes, keeping other booths as they were', () => {
    const figure = { value: 5, at: 1000, simulated: false, source: 'push:k1' };
    useBoothStore.getState().setValue('dinkes', 'a', figure);
    useBoothStore.getState().setValue('disdik', 'b', figure);
    const before = useBoothStore.getState().live;
    useBoothStore.getState().setValue('dinkes', 'a', { ...figure });
    expect(useBoothStore.getState().live).toBe(before);
    useBoothStore.getState().setValue('dinkes', 'a', { ...figure, value: 6, at: 2000 });
    const after = useBoothStore.getState().live;
    expect(after).not.toBe(before);
    expect(after.dinkes?.a?.value).toBe(6);
    expect(after.disdik).toBe(before.disdik);
  });
});
