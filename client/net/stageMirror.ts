// The public stage of a session room (SessionState minus the avatars) → useStageStore as plain data,
// the one form the hall scene, the session HUD and Lite read (client only). The room's schema
// callbacks mark which parts a patch touched (server/sessions/mirror.ts sets only fields that
// differ); after the patch only those parts are rebuilt and replaced in the store — nothing is
// compared, and a part no patch touched keeps its identity (no re-render on avatar motion).
import { Callbacks, type Room } from '@colyseus/sdk';
import type { SessionState } from '../../shared/schema.ts';
import type { Phase } from '../../shared/session/model.ts';
import {
  type ScreenMode,
  type StageParts,
  type StageQuestionView,
  useStageStore,
} from '../stores/useStageStore.ts';

const SCREEN_MODES: readonly string[] = ['blank', 'slides', 'opd', 'video', 'camera'] satisfies ScreenMode[];
const PHASES: readonly string[] = ['scheduled', 'live', 'ended'] satisfies Phase[];
type Part = keyof StageParts;
const PARTS = [
  'info',
  'screen',
  'floor',
  'speakers',
  'questions',
  'poll',
  'chat',
  'hands',
  'attendance',
  'peak',
] as const satisfies readonly Part[];
/** The parts that are a nested schema of the state (each has its own change callbacks). */
const CHILDREN = ['info', 'screen', 'floor', 'poll', 'chat'] as const satisfies readonly Part[];

export function mirrorStage(r: Room<unknown, SessionState>): void {
  const $ = Callbacks.get(r);
  // Untyped view of the same callbacks, for the nested collections of a child found at run time.
  const any$ = $ as unknown as {
    onAdd(i: unknown, p: string, h: () => void): void;
    onRemove(i: unknown, p: string, h: () => void): void;
    onChange(i: unknown, p: string, h: () => void): void;
  };
  const dirty = new Set<Part>(PARTS);
  const mark = (part: Part) => () => void dirty.add(part);

  // A nested part's callbacks go on the instance the server assigned; it is known once a patch has
  // been decoded (the local default before the first patch has no refId: onChange on it throws).
  const watched = new Map<Part, unknown>();
  const watch = (state: SessionState) => {
    for (const part of CHILDREN) {
      const child = state[part];
      if (!child || watched.get(part) === child) continue;
      watched.set(part, child);
      dirty.add(part);
      $.onChange(child, mark(part));
      if (part !== 'poll') continue;
      for (const list of ['options', 'tallies']) {
        any$.onAdd(child, list, mark('poll'));
        any$.onRemove(child, list, mark('poll'));
        any$.onChange(child, list, mark('poll'));
      }
    }
  };
  for (const map of ['speakers', 'questions'] as const) {
    $.onAdd(map, (item: unknown) => {
      dirty.add(map);
      if (map === 'questions') $.onChange(item as object, mark('questions'));
    });
    $.onRemove(map, mark(map));
    $.onChange(map, mark(map));
  }
  for (const count of ['hands', 'attendance', 'peak'] as const) $.listen(count, mark(count));

  r.onStateChange((state) => {
    watch(state);
    if (dirty.size === 0) return;
    const parts: Partial<StageParts> = {};
    for (const part of dirty) Object.assign(parts, { [part]: BUILD[part](state) });
    dirty.clear();
    useStageStore.getState().update(parts);
  });
}

const BUILD: { [P in Part]: (s: SessionState) => StageParts[P] } = {
  info: ({ info }) => ({
    id: info?.id ?? '',
    title: info?.title ?? '',
    organiser: info?.organiser ?? '',
    phase: (PHASES.includes(info?.phase ?? '') ? info?.phase : 'scheduled') as Phase,
    startsAt: info?.startsAt ?? 0,
    endsAt: info?.endsAt ?? 0,
  }),
  screen: ({ screen }) => ({
    mode: (SCREEN_MODES.includes(screen?.mode ?? '') ? screen?.mode : 'blank') as ScreenMode,
    deckId: screen?.deckId ?? '',
    page: screen?.page ?? 0,
    pages: screen?.pages ?? 0,
    opdId: screen?.opdId ?? '',
    url: screen?.url ?? '',
  }),
  floor: ({ floor }) => ({ handle: floor?.handle ?? '', name: floor?.name ?? '', text: floor?.text ?? '' }),
  speakers: (s) => {
    const speakers: Record<string, string> = {};
    s.speakers?.forEach((name, handle) => {
      speakers[handle] = name;
    });
    return speakers;
  },
  questions: questionsOf,
  poll: ({ poll }) => ({
    id: poll?.id ?? 0,
    question: poll?.question ?? '',
    options: poll ? Array.from(poll.options ?? []) : [],
    multi: poll?.multi ?? false,
    reveal: poll?.reveal === 'close' ? 'close' : 'live',
    open: poll?.open ?? false,
    endsAt: poll?.endsAt ?? 0,
    tallies: poll ? Array.from(poll.tallies ?? []) : [],
    voters: poll?.voters ?? 0,
  }),
  chat: ({ chat }) => ({
    off: chat?.off ?? false,
    slowS: chat?.slowS ?? 0,
    mutedAll: chat?.mutedAll ?? false,
  }),
  hands: (s) => s.hands ?? 0,
  attendance: (s) => s.attendance ?? 0,
  peak: (s) => s.peak ?? 0,
};

/** Approved questions, most votes first, then oldest first. */
function questionsOf(s: SessionState): StageQuestionView[] {
  const out: StageQuestionView[] = [];
  s.questions?.forEach((q, id) => {
    out.push({
      id: Number(id),
      text: q.text,
      author: q.author,
      votes: q.votes,
      answered: q.answered,
      at: q.at,
    });
  });
  return out.sort((a, b) => b.votes - a.votes || a.at - b.at || a.id - b.id);
}
