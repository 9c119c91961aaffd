// The public stage of a session room (SessionState minus the avatars) → useStageStore as plain data.
// After every patch the small parts are copied and compared (the store keeps unchanged parts, so
// nothing re-renders on motion); the approved questions are copied only after the map changed.
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

export function mirrorStage(r: Room<unknown, SessionState>): void {
  const $ = Callbacks.get(r);
  let questionsDirty = true;
  const markQuestions = () => {
    questionsDirty = true;
  };
  $.onAdd('questions', (q) => {
    markQuestions();
    $.onChange(q, markQuestions);
  });
  $.onRemove('questions', markQuestions);
  r.onStateChange((state) => {
    const parts = smallParts(state);
    if (questionsDirty) {
      questionsDirty = false;
      useStageStore.getState().update({ ...parts, questions: questionsOf(state) });
    } else {
      useStageStore.getState().update(parts);
    }
  });
}

function smallParts(s: SessionState): Omit<StageParts, 'questions'> {
  const { info, screen, floor, poll, chat } = s;
  const speakers: Record<string, string> = {};
  s.speakers?.forEach((name, handle) => {
    speakers[handle] = name;
  });
  return {
    info: {
      id: info?.id ?? '',
      title: info?.title ?? '',
      organiser: info?.organiser ?? '',
      phase: (PHASES.includes(info?.phase ?? '') ? info?.phase : 'scheduled') as Phase,
      startsAt: info?.startsAt ?? 0,
      endsAt: info?.endsAt ?? 0,
    },
    screen: {
      mode: (SCREEN_MODES.includes(screen?.mode ?? '') ? screen?.mode : 'blank') as ScreenMode,
      deckId: screen?.deckId ?? '',
      page: screen?.page ?? 0,
      pages: screen?.pages ?? 0,
      opdId: screen?.opdId ?? '',
      url: screen?.url ?? '',
    },
    floor: { handle: floor?.handle ?? '', name: floor?.name ?? '', text: floor?.text ?? '' },
    speakers,
    poll: {
      id: poll?.id ?? 0,
      question: poll?.question ?? '',
      options: poll ? Array.from(poll.options ?? []) : [],
      multi: poll?.multi ?? false,
      reveal: poll?.reveal === 'close' ? 'close' : 'live',
      open: poll?.open ?? false,
      endsAt: poll?.endsAt ?? 0,
      tallies: poll ? Array.from(poll.tallies ?? []) : [],
      voters: poll?.voters ?? 0,
    },
    chat: { off: chat?.off ?? false, slowS: chat?.slowS ?? 0, mutedAll: chat?.mutedAll ?? false },
    hands: s.hands ?? 0,
    attendance: s.attendance ?? 0,
    peak: s.peak ?? 0,
  };
}

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
