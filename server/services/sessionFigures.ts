// Figures of an organisation's public sessions, read from their event logs (the sessions' own public
// record, not visit data): per session the attendance curve, questions asked and votes cast, and the
// questions asked per WITA day. Pure; runs on the server.
import { type SessionFigures, witaDay } from '../../shared/services/analytics.ts';
import type { SessionEvent } from '../../shared/session/model.ts';

export function sessionFigures(
  session: { id: string; title: string; startsAt: number },
  events: readonly SessionEvent[],
): { figures: SessionFigures; questionsByDay: Map<string, number> } {
  const attendance: Array<[number, number]> = [];
  const questionsByDay = new Map<string, number>();
  let questions = 0;
  let votes = 0;
  for (const e of events) {
    const act = e.act;
    if (act.do === 'attendance') attendance.push([e.at, act.count]);
    else if (act.do === 'ask') {
      questions += 1;
      const day = witaDay(e.at);
      questionsByDay.set(day, (questionsByDay.get(day) ?? 0) + 1);
    } else if (act.do === 'upvote' || act.do === 'pollVote') votes += 1;
  }
  const peak = attendance.reduce((m, [, n]) => Math.max(m, n), 0);
  return { figures: { ...session, attendance, peak, questions, votes }, questionsByDay };
}
