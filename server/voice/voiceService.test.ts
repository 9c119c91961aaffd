// The voice service against a real Janus (started by the test from ops/janus/): who may publish is
// decided by the server, and a hand-crafted join without a current token is refused by Janus itself.
// Joins here are made with the page's own signalling client, exactly as a page (or an attacker's
// script) would make them; no media is needed for the ACL check.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JanusRefused, JanusSignal } from '../../client/net/janusSignal.ts';
import type { ActorRef, SessionModel } from '../../shared/session/model.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { JanusApi } from './janusApi.ts';
import { startTestJanus, type TestJanus } from './janusTesting.ts';
import { VoiceService } from './voiceService.ts';

const janus = await startTestJanus(0);
const HOST: ActorRef = { key: 'user:1', handle: 'host1', name: 'Ibu Kadis', role: 'host' };
const RINA: ActorRef = { key: 'guest:a', handle: 'resa', name: 'Rina', role: 'resident' };

function liveModel(): SessionModel {
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
      [HOST.key]: { handle: HOST.handle, name: HOST.name, role: 'host', firstAt: 0 },
      [RINA.key]: { handle: RINA.handle, name: RINA.name, role: 'resident', firstAt: 0 },
    },
    handles: { [HOST.handle]: HOST.key, [RINA.handle]: RINA.key },
    attendance: [],
    peak: 0,
    recording: false,
  };
}

/** Joins the AudioBridge room as a page would; resolves with Janus's answer or rejects. */
async function join(
  url: string,
  body: Record<string, unknown>,
): Promise<{ signal: JanusSignal; kicked: Promise<string> }> {
  const signal = new JanusSignal();
  await signal.connect(url);
  let kickedNow: (why: string) => void = () => {};
  const kicked = new Promise<string>((r) => {
    kickedNow = r;
  });
  // Janus tells a kicked participant with an event naming their own id.
  const handle = await signal.attach(
    'janus.plugin.audiobridge',
    (e) => {
      if (e.data.kicked !== undefined && e.data.kicked === body.id) kickedNow('kicked');
    },
    kickedNow,
  );
  try {
    await signal.message(handle, { request: 'join', muted: false, ...body });
  } catch (e) {
    signal.close();
    throw e;
  }
  return { signal, kicked };
}

const speakGrant = (r: VoiceReply) => {
  if (r.kind !== 'speak') throw new Error(`expected a speak grant, got ${JSON.stringify(r)}`);
  return r;
};

describe.skipIf(!janus)('voice rights through Janus', () => {
  let j: TestJanus;
  let voice: VoiceService;
  let api: JanusApi;
  const session = 'sesiVoice1';
  const model = liveModel();

  beforeAll(() => {
    j = janus as TestJanus;
    api = new JanusApi(j.url);
    const recordingsDir = mkdtempSync(joinPath(tmpdir(), 'makaverse-rec-'));
    voice = new VoiceService({ api, publicUrl: j.publicUrl, adminKey: j.adminKey, recordingsDir });
  });
  afterAll(async () => {
    await voice?.closeAll();
    await j?.stop();
  });

  it('gives every attendee a listening ticket and the host a speak token that Janus admits', async () => {
    const listen = await voice.listen(session, model);
    expect(listen.kind).toBe('listen');
    const grant = speakGrant(await voice.speak(session, model, HOST));
    const host = await join(grant.url, {
      room: grant.room,
      pin: grant.pin,
      token: grant.token,
      id: grant.id,
    });
    host.signal.close();
  });

  it('refuses a resident without the floor, and Janus refuses their hand-crafted join', async () => {
    expect(await voice.speak(session, model, RINA)).toEqual({ kind: 'refused', reason: 'not-allowed' });
    // Even knowing the room and its pin (taken from the host's grant): no token, a made-up token,
    // and someone else's expired participation all fail at Janus.
    const host = speakGrant(await voice.speak(session, model, HOST));
    const attempts = [
      { room: host.room, pin: host.pin },
      { room: host.room, pin: host.pin, token: 'forged-token' },
      { room: host.room, token: host.token },
    ];
    for (const body of attempts) await expect(join(host.url, body)).rejects.toBeInstanceOf(JanusRefused);
    // And a plugin request that needs the admin key (a new room of their own) is refused too.
    const signal = new JanusSignal();
    await signal.connect(host.url);
    const h = await signal.attach('janus.plugin.audiobridge', () => {});
    await expect(signal.message(h, { request: 'create', room: 4242 })).rejects.toBeInstanceOf(JanusRefused);
    signal.close();
  });

  it('lets the resident speak while holding the floor, and kicks them when it is taken back', async () => {
    model.floor = { handle: RINA.handle, name: RINA.name, text: 'Soal drainase' };
    const grant = speakGrant(await voice.speak(session, model, RINA));
    const rina = await join(grant.url, {
      room: grant.room,
      pin: grant.pin,
      token: grant.token,
      id: grant.id,
    });
    model.floor = null;
    voice.sync(session, model);
    await expect(rina.kicked).resolves.toBeTruthy();
    rina.signal.close();
    // Their old token no longer admits them.
    await expect(
      join(grant.url, { room: grant.room, pin: grant.pin, token: grant.token }),
    ).rejects.toBeInstanceOf(JanusRefused);
    expect(await voice.speak(session, model, RINA)).toEqual({ kind: 'refused', reason: 'not-allowed' });
  });

  it("a moderator's mute kicks the speaker and refuses them until lifted", async () => {
    model.speakers = { [RINA.handle]: RINA.name };
    const grant = speakGrant(await voice.speak(session, model, RINA));
    const rina = await join(grant.url, {
      room: grant.room,
      pin: grant.pin,
      token: grant.token,
      id: grant.id,
    });
    await voice.mute(session, RINA.handle, true);
    await expect(rina.kicked).resolves.toBeTruthy();
    rina.signal.close();
    expect(await voice.speak(session, model, RINA)).toEqual({ kind: 'refused', reason: 'muted' });
    await voice.mute(session, RINA.handle, false);
    expect((await voice.speak(session, model, RINA)).kind).toBe('speak');
  });

  it("the session's end destroys the media room", async () => {
    const grant = speakGrant(await voice.speak(session, model, HOST));
    model.phase = 'ended';
    voice.sync(session, model);
    await expect.poll(() => voice.has(session)).toBe(false);
    await expect
      .poll(async () => {
        try {
          (
            await join(grant.url, { room: grant.room, pin: grant.pin, token: grant.token, id: grant.id })
          ).signal.close();
          return 'joined';
        } catch (e) {
          return e instanceof JanusRefused ? 'refused' : String(e);
        }
      })
      .toBe('refused');
    expect(await voice.listen(session, model)).toEqual({ kind: 'refused', reason: 'not-live' });
  });
});
