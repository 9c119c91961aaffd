import { describe, expect, test } from 'vitest';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { sessionsNowAndNext } from './sessionsNowNext.ts';

const session = (id: string, when: SessionSummary['when'], startsAt: number): SessionSummary => ({
  id,
  title: id,
  organiser: 'bappeda',
  organiserName: 'Bappeda',
  description: '',
  startsAt,
  endsAt: startsAt + 3_600_000,
  agenda: [],
  visibility: 'public',
  phase: when === 'live' ? 'live' : when === 'past' ? 'ended' : 'scheduled',
  when,
  link: `/?session=${id}`,
  createdBy: 'host',
  attendance: 0,
  records: [],
});

describe('sessionsNowAndNext', () => {
  test('live sessions now, the soonest upcoming next, past ones left out', () => {
    const list = [
      session('later', 'upcoming', 5_000),
      session('past', 'past', 100),
      session('live-b', 'live', 900),
      session('soon', 'upcoming', 2_000),
      session('live-a', 'live', 800),
      session('latest', 'upcoming', 9_000),
      session('middle', 'upcoming', 3_000),
    ];
    const { now, next } = sessionsNowAndNext(list);
    expect(now.map((s) => s.id)).toEqual(['live-a', 'live-b']);
    expect(next.map((s) => s.id)).toEqual(['soon', 'middle', 'later']);
  });

  test('nothing scheduled → both empty; a bad count shows none', () => {
    expect(sessionsNowAndNext([])).toEqual({ now: [], next: [] });
    expect(sessionsNowAndNext([session('a', 'upcoming', 1)], -1).next).toEqual([]);
  });
});
