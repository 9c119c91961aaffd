import { beforeEach, describe, expect, it } from 'vitest';
import { useConnectionStore } from './useConnectionStore.ts';
import { EMPTY_STAGE, useStageStore } from './useStageStore.ts';

describe('useStageStore', () => {
  beforeEach(() => useStageStore.getState().reset());

  it('replaces the parts it is given; the other parts keep their identity', () => {
    const before = useStageStore.getState();
    const poll = { ...EMPTY_STAGE.poll, id: 3, question: 'Apakah Anda tahu Makaverse?', open: true };
    useStageStore.getState().update({ poll, attendance: 12 });
    const after = useStageStore.getState();
    expect(after.screen).toBe(before.screen);
    expect(after.chat).toBe(before.chat);
    expect(after.questions).toBe(before.questions);
    expect(after.poll).toBe(poll);
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

  it('sends act and react to the joined session only', () => {
    const sent: unknown[] = [];
    const record = (type: string, payload: unknown) => void sent.push([type, payload]);
    const connection = useConnectionStore.getState();
    connection.setOutbox({ kind: 'city', send: record });
    useStageStore.getState().act({ do: 'raiseHand' });
    expect(sent).toEqual([]);
    connection.setOutbox({ kind: 'session', send: record });
    useStageStore.getState().act({ do: 'raiseHand' });
    useStageStore.getState().react('applause');
    expect(sent).toEqual([
      ['act', { do: 'raiseHand' }],
      ['react', { kind: 'applause' }],
    ]);
    connection.setOutbox(null);
  });
});
