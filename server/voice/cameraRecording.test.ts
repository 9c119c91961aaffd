// The host's camera and the consented recording against a real Janus (started from ops/janus/): only
// the host gets a camera token, and Janus itself refuses a resident's hand-crafted publisher join even
// with the room and pin every watcher gets; the camera goes off air when the screen leaves it. A
// recording is the session's mix while consent is on, converted to a linked file at the end; its bad
// states end as a note in the minutes, never as a link: Janus unreachable, a conversion that fails. (Recorded sound itself is checked in
// e2e/voiceCamera.e2e.test.ts, where a browser sends it.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JanusRefused, JanusSignal } from '../../client/net/janusSignal.ts';
import { type ActorRef, emptyModel, type SessionModel } from '../../shared/session/model.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { JanusApi } from './janusApi.ts';
import { startTestJanus, type TestJanus } from './janusTesting.ts';
import { NOTES } from './voiceRecorder.ts';
import { VoiceService } from './voiceService.ts';

const janus = await startTestJanus(5);
const HOST: ActorRef = { key: 'user:1', handle: 'host1', name: 'Ibu Kadis', role: 'host' };
const RINA: ActorRef = { key: 'guest:a', handle: 'resa', name: 'Rina', role: 'resident' };

function liveModel(): SessionModel {
  const m = emptyModel('live');
  for (const who of [HOST, RINA]) {
    m.attendees[who.key] = { handle: who.handle, name: who.name, role: who.role, firstAt: 0 };
    m.handles[who.handle] = who.key;
  }
  return m;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'makaverse-rec-'));

/** Joins the camera's VideoRoom as a publisher, as a page (or an attacker's script) would. */
async function joinAsPublisher(url: string, body: Record<string, unknown>) {
  const signal = new JanusSignal();
  await signal.connect(url);
  let kickedNow: (why: string) => void = () => {};
  const kicked = new Promise<string>((r) => {
    kickedNow = r;
  });
  const handle = await signal.attach(
    'janus.plugin.videoroom',
    (e) => {
      if (e.data.leaving === 'ok' || e.data.kicked !== undefined) kickedNow('kicked');
    },
    kickedNow,
  );
  try {
    await signal.message(handle, { request: 'join', ptype: 'publisher', ...body });
  } catch (e) {
    signal.close();
    throw e;
  }
  return { signal, kicked };
}

const cameraGrant = (r: VoiceReply) => {
  if (r.kind !== 'camera') throw new Error(`expected a camera grant, got ${JSON.stringify(r)}`);
  return r;
};

describe.skipIf(!janus)('camera and recording through Janus', () => {
  let j: TestJanus;
  let voice: VoiceService;

  beforeAll(() => {
    j = janus as TestJanus;
    voice = new VoiceService({
      api: new JanusApi(j.url),
      publicUrl: j.publicUrl,
      adminKey: j.adminKey,
      recordingsDir: tmp(),
    });
  });
  afterAll(async () => {
    await voice?.closeAll();
    await j?.stop();
  });

  it('gives only the host a camera token, only while the screen shows the camera', async () => {
    const model = liveModel();
    expect(await voice.camera.publish('cam1', model, HOST)).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });
    model.screen = { mode: 'camera' };
    expect(await voice.camera.publish('cam1', model, RINA)).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });
    expect(await voice.camera.watch('cam1', model)).toEqual({ kind: 'refused', reason: 'failed' });

    const grant = cameraGrant(await voice.camera.publish('cam1', model, HOST));
    const watch = await voice.camera.watch('cam1', model);
    expect(watch).toMatchObject({ kind: 'watch', room: grant.room, pin: grant.pin, feed: grant.id });

    // Rina knows the room and pin (every watcher does): no token, a forged one, the host's id — refused.
    const attempts = [
      { room: grant.room, pin: grant.pin },
      { room: grant.room, pin: grant.pin, token: 'forged-token' },
      { room: grant.room, pin: grant.pin, id: grant.id + 1 },
    ];
    for (const body of attempts)
      await expect(joinAsPublisher(grant.url, body)).rejects.toBeInstanceOf(JanusRefused);

    const host = await joinAsPublisher(grant.url, {
      room: grant.room,
      pin: grant.pin,
      token: grant.token,
      id: grant.id,
    });
    // The host puts slides back: the camera is taken off air.
    model.screen = { mode: 'blank' };
    await voice.camera.sync('cam1', model);
    expect(await host.kicked).toBe('kicked');
    host.signal.close();
    expect(await voice.camera.watch('cam1', model)).toEqual({ kind: 'refused', reason: 'failed' });
  });

  it('records the mix while consent is on and converts it into a linked Ogg Opus file', async () => {
    const model = liveModel();
    voice.sync('rec1', model);
    model.recording = true;
    voice.sync('rec1', model);
    await until(() => voice.recorder.isRecording('rec1'));
    expect(voice.air.current('rec1').recording).toBe(true);
    model.phase = 'ended';
    voice.sync('rec1', model);
    await until(() => !voice.has('rec1'));
    await voice.recorder.settled('rec1');
    // Nobody spoke: the mix (always forwarded) is silence, still a playable file of non-zero length.
    const info = await voice.recorder.info('rec1');
    expect(info?.note).toBeNull();
    expect(info?.files).toHaveLength(1);
    expect(info?.files[0]).toMatchObject({
      name: 'bagian-1.opus',
      url: '/api/sessions/rec1/recordings/bagian-1.opus',
    });
    expect(info?.files[0]?.durationMs).toBeGreaterThan(0);
    expect(await voice.recorder.file('rec1', 'bagian-1.opus')).toMatch(/rec1\/bagian-1\.opus$/);
    expect(await voice.recorder.file('rec1', '../recording.json')).toBeNull();
  });

  it('records each stretch of consent as its own linked file', async () => {
    const model = liveModel();
    for (const on of [true, false, true]) {
      model.recording = on;
      voice.sync('rec4', model);
      await until(() => voice.recorder.isRecording('rec4') === on);
    }
    model.phase = 'ended';
    voice.sync('rec4', model);
    await until(() => !voice.has('rec4'));
    await voice.recorder.settled('rec4');
    const info = await voice.recorder.info('rec4');
    expect(info?.files.map((f) => f.name)).toEqual(['bagian-1.opus', 'bagian-2.opus']);
    expect(info?.note).toBeNull();
  });

  it('notes a recording that could not start because Janus is unreachable', async () => {
    const down = new VoiceService({
      api: new JanusApi('http://127.0.0.1:9/janus'),
      publicUrl: j.publicUrl,
      adminKey: j.adminKey,
      recordingsDir: tmp(),
    });
    const model = liveModel();
    model.recording = true;
    down.sync('rec2', model);
    await until(() => down.recorder.has('rec2'));
    model.phase = 'ended';
    down.sync('rec2', model);
    await until(async () => (await down.recorder.info('rec2'))?.note === NOTES.unreachable);
    expect((await down.recorder.info('rec2'))?.files).toEqual([]);
    await down.closeAll();
  });

  it('notes a conversion that fails (no janus-pp-rec), with no link', async () => {
    const broken = new VoiceService({
      api: new JanusApi(j.url),
      publicUrl: j.publicUrl,
      adminKey: j.adminKey,
      recordingsDir: tmp(),
      ppRec: '/nonexistent/janus-pp-rec',
    });
    const model = liveModel();
    model.recording = true;
    broken.sync('rec3', model);
    await until(() => broken.recorder.isRecording('rec3'));
    model.phase = 'ended';
    broken.sync('rec3', model);
    await until(() => !broken.has('rec3'));
    await broken.recorder.settled('rec3');
    expect(await broken.recorder.info('rec3')).toEqual({ files: [], note: NOTES.convertFailed(1) });
    await broken.closeAll();
  });
});

/** Polls `ok` every 50 ms (no timing asserted: vitest's own timeout bounds the wait). */
async function until(ok: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ok())) await new Promise((r) => setTimeout(r, 50));
}
