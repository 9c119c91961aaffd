import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_STAGE, useStageStore } from './useStageStore.ts';

describe('useStageStore', () => {
  beforeEach(() => useStageStore.getState().reset());

  it('replaces only the parts whose content changed, so unchanged parts keep their identity', () => {
    const before = useStageStore.getState();
    useStageStore.getState().update({
      screen: { ...EMPTY_STAGE.screen },
      chat: { ...EMPTY_STAGE.chat },
      attendance: 0,
    });
    expect(useStageStore.getState()).toBe(before); // nothing changed: no new state, no render

    const poll = { ...EMPTY_STAGE.poll, id: 3, question: 'Apakah Anda tahu Makaverse?', open: true };
    useStageStore.getState().update({ screen: { ...EMPTY_STAGE.screen }, poll, attendance: 12 });
    const after = useStageStore.getState();
    expect(after.screen).toBe(before.screen);
    expect(after.chat).toBe(before.chat);
    expect(after.poll).toEqual(poll);
    expect(after.attendance).toBe(12);
  });

  it('starts muted, unmutes on request and is muted again after a reset', () => {
    expect(useStageStore.getState().videoMuted).toBe(true);
    useStageStore.getState().unmuteVideo();
    expect(useStageStore.getState().videoMuted).toBe(false);
    useStageStore.getState().update({ attendance: 5 });
    useStageStore.getState().reset();
    expect(useStageStore.getState()).toMatchObject({ videoMuted: true, attendance: 0 });
  });
});
