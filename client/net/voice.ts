// Live voice of the joined session (the only module that runs it): carries out useVoiceStore's
// requests — asks the server (`voice` message) for a listening ticket or a speak token, then runs the
// Listener / Speaker against Janus — and publishes what it measures on `window.makaverseVoice` (the
// browser tests' and support's view). sessionPlace.ts binds the sender on join and routes the
// server's `voice` replies here; leaving the session stops everything. The host's camera
// (voiceCamera.ts) is bound, fed and stopped from here too; `air` replies (who Janus hears talking,
// whether the audio is recorded) go to useVoiceStore. Client only.
import type { VoiceRequest } from '../../shared/protocol.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { useVoiceStore } from '../stores/useVoiceStore.ts';
import { bindCamera, receiveCamera, stopCameras } from './voiceCamera.ts';
import { Listener } from './voiceListen.ts';
import { openMicrophone, Speaker } from './voiceSpeak.ts';

type Send = (request: VoiceRequest) => void;
export type VoiceDiagnostics = {
  availability: string;
  listen: string;
  speak: string;
  /** Listener: bytes received, receiver audio level and analyser RMS (0..1). */
  inBytes: number;
  inLevel: number;
  inSpeaking: number;
  /** Speaker: bytes sent. */
  outBytes: number;
};

let send: Send | null = null;
let listener: Listener | null = null;
let speaker: Speaker | null = null;
let mic: MediaStream | null = null;
let statsTimer: ReturnType<typeof setInterval> | undefined;
let unsubscribe: (() => void) | null = null;
const diagnostics: VoiceDiagnostics = {
  availability: 'unknown',
  listen: 'off',
  speak: 'off',
  inBytes: 0,
  inLevel: 0,
  inSpeaking: 0,
  outBytes: 0,
};

/** Called on every (re)join: requests go through `sender`; asks whether voice works here. */
export function bindVoice(sender: Send): void {
  send = sender;
  (window as unknown as { makaverseVoice: VoiceDiagnostics }).makaverseVoice = diagnostics;
  unsubscribe ??= useVoiceStore.subscribe((s, prev) => {
    if (s.wantListen && !prev.wantListen) beginListening();
    if (!s.wantListen && prev.wantListen) endListening();
    if (s.wantSpeak && !prev.wantSpeak) void beginSpeaking();
    if (!s.wantSpeak && prev.wantSpeak) endSpeaking();
    if (s.micOpen !== prev.micOpen) speaker?.setMicOpen(s.micOpen);
    if (s.muteRequest && s.muteRequest !== prev.muteRequest)
      send?.({ want: 'mute', handle: s.muteRequest.handle, on: s.muteRequest.on });
    if (s.volume !== prev.volume || s.silenced !== prev.silenced || s.speak !== prev.speak) applyOutput();
    diagnostics.availability = s.availability;
    diagnostics.listen = s.listen;
    diagnostics.speak = s.speak;
  });
  statsTimer ??= setInterval(() => void measure(), 500);
  send({ want: 'status' });
  bindCamera(sender);
}

/** The session is left: everything stops. */
export function stopVoice(): void {
  endListening();
  endSpeaking();
  clearInterval(statsTimer);
  statsTimer = undefined;
  unsubscribe?.();
  unsubscribe = null;
  send = null;
  stopCameras();
  useVoiceStore.getState().reset();
}

/** The server's answer to a `voice` request. */
export function receiveVoice(reply: VoiceReply): void {
  const store = useVoiceStore.getState();
  if (receiveCamera(reply)) return;
  if (reply.kind === 'air') {
    store.setAir(reply.talking, reply.recording);
  } else if (reply.kind === 'unavailable') {
    store.setAvailability('unavailable');
    if (store.wantListen) store.setListen('error');
    if (store.wantSpeak) store.setSpeak('error');
  } else if (reply.kind === 'ready') {
    store.setAvailability('ready');
  } else if (reply.kind === 'listen') {
    if (!listener) return;
    const current = listener;
    current
      .start(reply, () => lost(current))
      .then(
        () => listener === current && store.setListen('on'),
        () => listener === current && store.setListen('error'),
      );
  } else if (reply.kind === 'speak') {
    if (!mic || !store.wantSpeak) return;
    const current = new Speaker(mic);
    mic = null;
    speaker = current;
    current.setMicOpen(store.micOpen);
    current
      .start(reply, (why) => {
        if (speaker !== current) return;
        endSpeaking();
        useVoiceStore.getState().setSpeak(why === 'kicked' ? 'revoked' : 'error');
      })
      .then(
        () => speaker === current && useVoiceStore.getState().setSpeak('on'),
        () => {
          if (speaker !== current) return;
          endSpeaking();
          useVoiceStore.getState().setSpeak('error');
        },
      );
  } else if (reply.kind === 'refused') {
    if (store.wantSpeak) {
      endSpeaking();
      store.setSpeak(reply.reason === 'muted' ? 'muted' : 'refused');
    } else if (store.wantListen) store.setListen('error');
  }
}

function beginListening(): void {
  endListening();
  // Made within the tap that asked for it: the browser then lets the mix play with sound.
  listener = new Listener();
  useVoiceStore.getState().setListen('connecting');
  applyOutput();
  send?.({ want: 'listen' });
}

function lost(which: Listener): void {
  if (listener !== which) return;
  endListening();
  useVoiceStore.getState().setListen('error');
}

function endListening(): void {
  listener?.stop();
  listener = null;
}

async function beginSpeaking(): Promise<void> {
  const opened = await openMicrophone();
  const store = useVoiceStore.getState();
  if (typeof opened === 'string') {
    store.setSpeak(opened);
    return;
  }
  if (!store.wantSpeak) {
    for (const t of opened.getTracks()) t.stop();
    return;
  }
  mic = opened;
  send?.({ want: 'speak' });
}

function endSpeaking(): void {
  speaker?.stop();
  speaker = null;
  for (const t of mic?.getTracks() ?? []) t.stop();
  mic = null;
}

/** The listener's volume and mute; the stream is silent while we speak (we hear the room instead). */
function applyOutput(): void {
  const s = useVoiceStore.getState();
  listener?.setOutput(s.volume, s.silenced || s.speak === 'on');
  if (speaker) {
    speaker.audio.volume = s.volume;
    speaker.audio.muted = s.silenced;
  }
}

async function measure(): Promise<void> {
  if (listener) {
    const st = await listener.stats();
    diagnostics.inBytes = st.bytes;
    diagnostics.inLevel = st.level;
    diagnostics.inSpeaking = st.speaking;
  }
  if (speaker) diagnostics.outBytes = await speaker.bytesSent();
}
