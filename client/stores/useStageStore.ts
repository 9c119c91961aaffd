// The public stage of the joined session, mirrored from the room's SessionState
// (client/net/stageMirror.ts) as plain serialisable objects: the hall scene, the session HUD and Lite
// read it. A part is replaced only when a patch touched it, so React re-renders on stage changes,
// never on avatar motion. `act` and `react` send to the joined session (useConnectionStore's outbox).
// `videoMuted` is local: the hall's video starts muted (autoplay rules) until the attendee taps
// "Ketuk untuk suara" (unmuteVideo); the hall scene subscribes and unmutes its element.
import { create } from 'zustand';
import type { Reaction, SessionAction } from '../../shared/protocol.ts';
import type { Phase } from '../../shared/session/model.ts';
import { sessionSend } from './useConnectionStore.ts';

export type StageInfo = {
  id: string;
  title: string;
  /** Organiser organisation id (registry). */
  organiser: string;
  phase: Phase;
  startsAt: number;
  endsAt: number;
};
export type ScreenMode = 'blank' | 'slides' | 'opd' | 'video' | 'camera';
/** Fields of other modes are '' / 0. `page` is 0-based. */
export type StageScreenView = {
  mode: ScreenMode;
  deckId: string;
  page: number;
  pages: number;
  opdId: string;
  url: string;
};
/** `handle` '' when nobody holds the floor. */
export type StageFloorView = { handle: string; name: string; text: string };
export type StageQuestionView = {
  id: number;
  text: string;
  author: string;
  votes: number;
  answered: boolean;
  at: number;
};
/** `id` 0 when there has been no poll; tallies empty while hidden. `endsAt` 0 without a timer. */
export type StagePollView = {
  id: number;
  question: string;
  options: string[];
  multi: boolean;
  reveal: 'live' | 'close';
  open: boolean;
  endsAt: number;
  tallies: number[];
  voters: number;
};
export type StageChatView = { off: boolean; slowS: number; mutedAll: boolean };

export type StageParts = {
  info: StageInfo;
  screen: StageScreenView;
  floor: StageFloorView;
  /** Handle → name of the residents on stage. */
  speakers: Record<string, string>;
  /** Approved questions, most votes first, then oldest first. */
  questions: StageQuestionView[];
  poll: StagePollView;
  chat: StageChatView;
  /** Raised hands (count). */
  hands: number;
  /** Connected across all shards, and the peak. */
  attendance: number;
  peak: number;
};

type Stage = StageParts & {
  videoMuted: boolean;
  /** Replaces the given parts (the ones a patch touched); the others keep their identity. */
  update: (parts: Partial<StageParts>) => void;
  unmuteVideo: () => void;
  reset: () => void;
  /** Any stage action; the server decides whether this attendee may (a notice answers if not). */
  act: (action: SessionAction) => void;
  react: (kind: Reaction) => void;
};

export const EMPTY_STAGE: StageParts = {
  info: { id: '', title: '', organiser: '', phase: 'scheduled', startsAt: 0, endsAt: 0 },
  screen: { mode: 'blank', deckId: '', page: 0, pages: 0, opdId: '', url: '' },
  floor: { handle: '', name: '', text: '' },
  speakers: {},
  questions: [],
  poll: {
    id: 0,
    question: '',
    options: [],
    multi: false,
    reveal: 'live',
    open: false,
    endsAt: 0,
    tallies: [],
    voters: 0,
  },
  chat: { off: false, slowS: 0, mutedAll: false },
  hands: 0,
  attendance: 0,
  peak: 0,
};

export const useStageStore = create<Stage>()((set) => ({
  ...EMPTY_STAGE,
  videoMuted: true,
  update: (parts) => set(parts),
  unmuteVideo: () => set({ videoMuted: false }),
  reset: () => set({ ...EMPTY_STAGE, videoMuted: true }),
  act: (action) => sessionSend()?.('act', action),
  react: (kind) => sessionSend()?.('react', { kind }),
}));
