// What a screen reader should hear when the session's stage changes (client only, pure): compares
// the stage before and after a store update and names what happened, as i18n keys under
// `lite.session.announce.` with their values. LiveAnnouncer.tsx speaks them in a polite live region.
// Chat has its own polite log, and the attendee's own actions answer where they were made.
import type { StageParts } from '../stores/useStageStore.ts';

/** The parts of the stage that are announced, plus whether this attendee holds the floor. */
export type Announced = Pick<StageParts, 'info' | 'screen' | 'floor' | 'poll' | 'questions'> & {
  yourFloor: boolean;
};

export type Announcement = { key: string; values?: Record<string, string | number> };

/**
 * Announcements for the change from `before` to `after`. A first snapshot (before null, or of another
 * session) says nothing: the page itself shows the state the attendee arrived in.
 */
export function announcementsFor(
  before: Announced | null,
  after: Announced,
  organisationName: (id: string) => string,
): Announcement[] {
  if (!before || before.info.id !== after.info.id || !after.info.id) return [];
  const out: Announcement[] = [];
  if (before.info.phase !== after.info.phase && after.info.phase !== 'scheduled')
    out.push({ key: after.info.phase });

  const { screen } = after;
  const was = before.screen;
  const screenChanged =
    was.mode !== screen.mode ||
    (screen.mode === 'slides' && (was.deckId !== screen.deckId || was.page !== screen.page)) ||
    (screen.mode === 'opd' && was.opdId !== screen.opdId) ||
    (screen.mode === 'video' && was.url !== screen.url);
  if (screenChanged) {
    if (screen.mode === 'slides' && screen.pages > 0)
      out.push({ key: 'slide', values: { page: screen.page + 1, pages: screen.pages } });
    else if (screen.mode === 'opd')
      out.push({ key: 'opd', values: { name: organisationName(screen.opdId) } });
    else if (screen.mode === 'video') out.push({ key: 'video' });
    else if (screen.mode === 'blank') out.push({ key: 'blank' });
  }

  const { poll } = after;
  if (poll.id !== 0 && poll.open && (poll.id !== before.poll.id || !before.poll.open))
    out.push({ key: 'pollOpen', values: { question: poll.question } });
  else if (poll.id !== 0 && poll.id === before.poll.id && before.poll.open && !poll.open)
    out.push({ key: 'pollClosed', values: { question: poll.question } });

  if (after.yourFloor && !before.yourFloor) out.push({ key: 'yourFloor' });
  else if (after.floor.handle && after.floor.handle !== before.floor.handle && !after.yourFloor)
    out.push({ key: 'floor', values: { name: after.floor.name } });

  const known = new Set(before.questions.map((q) => q.id));
  for (const q of after.questions) {
    if (!known.has(q.id)) out.push({ key: 'question', values: { text: q.text } });
  }
  return out;
}
