import { describe, expect, test } from 'vitest';
import { EMPTY_STAGE } from '../stores/useStageStore.ts';
import { type Announced, announcementsFor } from './announce.ts';

const names = (id: string) => (id === 'dinkes' ? 'Dinas Kesehatan' : id);

function stage(change: Partial<Announced> = {}): Announced {
  const { info, screen, floor, poll, questions } = EMPTY_STAGE;
  return {
    info: { ...info, id: 's1', phase: 'live' },
    screen,
    floor,
    poll,
    questions,
    yourFloor: false,
    ...change,
  };
}

describe('announcementsFor', () => {
  test('the state one arrives in is not announced', () => {
    expect(announcementsFor(null, stage(), names)).toEqual([]);
    const other = stage({ info: { ...stage().info, id: 's0' } });
    expect(
      announcementsFor(other, stage({ poll: { ...EMPTY_STAGE.poll, id: 1, open: true } }), names),
    ).toEqual([]);
  });

  test('phase, screen, poll, floor and new questions', () => {
    const before = stage({ info: { ...stage().info, phase: 'scheduled' } });
    const after = stage({
      screen: { ...EMPTY_STAGE.screen, mode: 'slides', deckId: 'd', page: 1, pages: 4 },
      poll: { ...EMPTY_STAGE.poll, id: 2, question: 'Tahu Makaverse?', open: true },
      floor: { handle: 'h1', name: 'Budi', text: '' },
      questions: [{ id: 7, text: 'Kapan?', author: 'Warga', votes: 0, answered: false, at: 1 }],
    });
    expect(announcementsFor(before, after, names)).toEqual([
      { key: 'live' },
      { key: 'slide', values: { page: 2, pages: 4 } },
      { key: 'pollOpen', values: { question: 'Tahu Makaverse?' } },
      { key: 'floor', values: { name: 'Budi' } },
      { key: 'question', values: { text: 'Kapan?' } },
    ]);
  });

  test('closing a poll, the OPD screen, one’s own floor, and what did not change', () => {
    const poll = { ...EMPTY_STAGE.poll, id: 2, question: 'Q', open: true };
    const before = stage({ poll });
    const after = stage({
      poll: { ...poll, open: false, tallies: [1] },
      screen: { ...EMPTY_STAGE.screen, mode: 'opd', opdId: 'dinkes' },
      floor: { handle: 'me', name: 'Ana', text: '' },
      yourFloor: true,
    });
    expect(announcementsFor(before, after, names)).toEqual([
      { key: 'opd', values: { name: 'Dinas Kesehatan' } },
      { key: 'pollClosed', values: { question: 'Q' } },
      { key: 'yourFloor' },
    ]);
    // Tallies moving, the same page, the same speaker: silence.
    const again = { ...after, poll: { ...after.poll, tallies: [2] } };
    expect(announcementsFor(after, again, names)).toEqual([]);
  });
});
