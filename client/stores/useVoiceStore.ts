// Live voice of the joined session, as the HUD shows it: whether voice works here, the listener's
// state, volume and local mute, and the speaker's state (asking for the microphone, on air, push to
// talk held, refused), who Janus hears talking and whether the session is recorded. Written by
// client/net/voice.ts only; the HUD calls its actions, which client/net/voice.ts carries out (it
// subscribes). The listener's volume and mute are remembered in localStorage across reloads. Client only.
import { create } from 'zustand';

export type VoiceAvailability = 'unknown' | 'ready' | 'unavailable';
export type ListenState = 'off' | 'connecting' | 'on' | 'error';
/**
 * 'explain': the Indonesian explanation before the browser's permission prompt; 'denied' / 'nomic':
 * the browser refused the microphone or has none; 'revoked': the floor or speaker place ended;
 * 'muted': a moderator silenced them; 'refused': the server said no.
 */
export type SpeakState =
  | 'off'
  | 'explain'
  | 'connecting'
  | 'on'
  | 'denied'
  | 'nomic'
  | 'revoked'
  | 'muted'
  | 'refused'
  | 'error';

type VoiceStore = {
  availability: VoiceAvailability;
  listen: ListenState;
  /** 0..1, the listener's own volume. */
  volume: number;
  /** The listener silenced the session locally (still connected). */
  silenced: boolean;
  speak: SpeakState;
  /** Push to talk: the microphone is open only while held (phones). */
  pushToTalk: boolean;
  /** The push-to-talk button is held (or the toggle is on, without push to talk). */
  micOpen: boolean;
  /** Names of whom Janus hears talking now (its voice-activity detection), for the caption. */
  talking: string[];
  /** The host consented and the session's audio is being recorded. */
  recording: boolean;
  /** Requests from the HUD, carried out by client/net/voice.ts. */
  wantListen: boolean;
  wantSpeak: boolean;
  /** A moderator's latest mute request (seq grows with each), carried out by client/net/voice.ts. */
  muteRequest: { handle: string; on: boolean; seq: number } | null;
  /** Handles this moderator muted during this visit (to offer "let speak again"). */
  mutedByMe: string[];
  requestMute(handle: string, on: boolean): void;
  setAvailability(a: VoiceAvailability): void;
  setListen(s: ListenState): void;
  setAir(talking: string[], recording: boolean): void;
  setSpeak(s: SpeakState): void;
  setVolume(v: number): void;
  toggleSilenced(): void;
  setMicOpen(open: boolean): void;
  startListening(): void;
  stopListening(): void;
  /** Shows the explanation first; `confirmSpeak` then asks the browser and the server. */
  askToSpeak(): void;
  confirmSpeak(): void;
  stopSpeaking(): void;
  reset(): void;
};

/** localStorage key of the listener's volume and mute: {"volume": 0..1, "silenced": bool}. */
const OUTPUT_KEY = 'makaverse.voice.output';

function savedOutput(): { volume: number; silenced: boolean } {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(OUTPUT_KEY) ?? 'null') as unknown;
    if (typeof v === 'object' && v !== null) {
      const { volume, silenced } = v as { volume?: unknown; silenced?: unknown };
      if (typeof volume === 'number' && volume >= 0 && volume <= 1 && typeof silenced === 'boolean')
        return { volume, silenced };
    }
  } catch {
    // Storage blocked or the value is not ours: defaults.
  }
  return { volume: 1, silenced: false };
}

function saveOutput(volume: number, silenced: boolean): void {
  try {
    globalThis.localStorage?.setItem(OUTPUT_KEY, JSON.stringify({ volume, silenced }));
  } catch {
    // Storage full or blocked: remembered for this page only.
  }
}

const initial = {
  availability: 'unknown' as VoiceAvailability,
  listen: 'off' as ListenState,
  speak: 'off' as SpeakState,
  pushToTalk: typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches,
  micOpen: false,
  talking: [] as string[],
  recording: false,
  wantListen: false,
  wantSpeak: false,
  muteRequest: null as { handle: string; on: boolean; seq: number } | null,
  mutedByMe: [] as string[],
};

export const useVoiceStore = create<VoiceStore>()((set) => ({
  ...initial,
  ...savedOutput(),
  setAvailability: (availability) => set({ availability }),
  requestMute: (handle, on) =>
    set((s) => ({
      muteRequest: { handle, on, seq: (s.muteRequest?.seq ?? 0) + 1 },
      mutedByMe: on
        ? [...s.mutedByMe.filter((h) => h !== handle), handle]
        : s.mutedByMe.filter((h) => h !== handle),
    })),
  setListen: (listen) => set({ listen }),
  setAir: (talking, recording) => set({ talking, recording }),
  setSpeak: (speak) =>
    set(speak === 'on' || speak === 'connecting' ? { speak } : { speak, wantSpeak: false }),
  setVolume: (v) =>
    set((s) => {
      const volume = Math.min(1, Math.max(0, v));
      saveOutput(volume, s.silenced);
      return { volume };
    }),
  toggleSilenced: () =>
    set((s) => {
      saveOutput(s.volume, !s.silenced);
      return { silenced: !s.silenced };
    }),
  setMicOpen: (micOpen) => set({ micOpen }),
  startListening: () => set({ wantListen: true }),
  stopListening: () => set({ wantListen: false, listen: 'off' }),
  askToSpeak: () => set({ speak: 'explain' }),
  confirmSpeak: () => set((s) => ({ wantSpeak: true, speak: 'connecting', micOpen: !s.pushToTalk })),
  stopSpeaking: () => set({ wantSpeak: false, speak: 'off', micOpen: false }),
  reset: () => set({ ...initial, ...savedOutput() }),
}));
