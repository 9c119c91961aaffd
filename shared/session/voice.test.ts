import { describe, expect, it } from 'vitest';
import type { SessionModel } from './model.ts';
import { decide } from './rules.ts';
import { act, fixture, HOST, RES, T0 } from './testModel.ts';
import { mayMuteVoice, mayPublish, mayShowCamera, publishers } from './voice.ts';

function model(over: Partial<SessionModel> = {}): SessionModel {
  return {
    seq: 1,
    phase: 'live',
    screen: { mode: 'blank' },
    speakers: {},
    floor: null,
    hands: [],
    handLog: [],
    questions: [],
    polls: [],
    chat: { off: false, slowS: 0, mutedAll: false },
    muted: {},
    bans: {},
    deleted: [],
    reports: [],
    moderation: [],
    attendees: {
      'user:1': { handle: 'host1', name: 'Ibu Kadis', role: 'host', firstAt: 0 },
      'guest:a': { handle: 'resa', name: 'Rina', role: 'resident', firstAt: 0 },
      'guest:b': { handle: 'resb', name: 'Budi', role: 'resident', firstAt: 0 },
      'user:2': { handle: 'modr', name: 'Moderator', role: 'moderator', firstAt: 0 },
    },
    handles: {},
    attendance: [],
    peak: 0,
    recording: false,
    ...over,
  };
}

describe('voice rights', () => {
  it('lets the host publish only while the session is live', () => {
    expect(mayPublish(model(), 'host1', 'host')).toBe(true);
    expect(mayPublish(model({ phase: 'scheduled' }), 'host1', 'host')).toBe(false);
    expect(mayPublish(model({ phase: 'ended' }), 'host1', 'admin')).toBe(false);
  });

  it('refuses a resident and a moderator without the floor or a speaker place', () => {
    expect(mayPublish(model(), 'resa', 'resident')).toBe(false);
    expect(mayPublish(model(), 'modr', 'moderator')).toBe(false);
  });

  it('lets the resident holding the floor and invited speakers publish', () => {
    const m = model({ floor: { handle: 'resa', name: 'Rina', text: '' }, speakers: { resb: 'Budi' } });
    expect(mayPublish(m, 'resa', 'resident')).toBe(true);
    expect(mayPublish(m, 'resb', 'resident')).toBe(true);
    expect([...publishers(m)].sort()).toEqual(['host1', 'resa', 'resb']);
  });

  it('lets only moderators, hosts and admins mute', () => {
    expect(mayMuteVoice('resident')).toBe(false);
    expect(mayMuteVoice('moderator')).toBe(true);
    expect(mayMuteVoice('host')).toBe(true);
  });
});

describe('camera and recording rules', () => {
  it('lets only the host and admins show their camera, only while live', () => {
    expect(mayShowCamera(model(), 'host')).toBe(true);
    expect(mayShowCamera(model(), 'admin')).toBe(true);
    expect(mayShowCamera(model(), 'moderator')).toBe(false);
    expect(mayShowCamera(model(), 'resident')).toBe(false);
    expect(mayShowCamera(model({ phase: 'scheduled' }), 'host')).toBe(false);
  });

  it('takes the host consent to record as an action of the host that flips it, and the camera screen', () => {
    const m = fixture();
    expect(decide(m, RES, { do: 'recording', on: true }, T0)).toEqual({ ok: false, code: 'not-allowed' });
    expect(decide(m, HOST, { do: 'recording', on: false }, T0)).toEqual({ ok: false, code: 'failed' });
    expect(act(m, HOST, { do: 'recording', on: true }).ok).toBe(true);
    expect(m.recording).toBe(true);
    // The consent is in the moderation log (and so in the minutes): who, when, on or off.
    expect(m.moderation.at(-1)).toMatchObject({
      action: 'recording',
      detail: 'on',
      by: { handle: HOST.handle },
    });
    expect(act(m, HOST, { do: 'recording', on: false }).ok).toBe(true);
    expect(m.recording).toBe(false);
    expect(act(m, HOST, { do: 'screen', screen: { mode: 'camera' } }).ok).toBe(true);
    expect(m.screen).toEqual({ mode: 'camera' });
    expect(act(m, RES, { do: 'screen', screen: { mode: 'camera' } })).toEqual({
      ok: false,
      code: 'not-allowed',
    });
  });
});
