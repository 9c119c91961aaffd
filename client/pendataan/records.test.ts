import { describe, expect, it } from 'vitest';
import type { LocalRecord } from './localDb.ts';
import { applyResults, applyReviews, countStates, mergeRecords } from './records.ts';

const rec = (clientId: string, state: LocalRecord['state'], revision = 1): LocalRecord => ({
  clientId,
  campaignId: 1,
  formId: 1,
  kelurahan: '73.71.01.1001',
  rw: 1,
  rt: 1,
  answers: { a: 1 },
  practice: false,
  revision,
  state,
  note: null,
  errors: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('field records', () => {
  it('marks stored and already-held records sent, refused ones with their reason', () => {
    const out = applyResults(
      [rec('a', 'outbox'), rec('b', 'outbox'), rec('c', 'outbox')],
      [
        { clientId: 'a', outcome: 'stored', id: 1 },
        { clientId: 'b', outcome: 'duplicate', id: 2 },
        { clientId: 'c', outcome: 'refused', reason: 'form-retired' },
        { clientId: 'unknown', outcome: 'stored', id: 3 },
      ],
      5,
    );
    expect(out.map((r) => `${r.clientId}:${r.state}:${r.note}`)).toEqual([
      'a:sent:null',
      'b:sent:null',
      'c:refused:form-retired',
    ]);
  });
  it('brings a returned record back with the comment, once per revision, even when the phone lost it', () => {
    const states = [
      { clientId: 'a', status: 'returned' as const, comment: 'Cek NIK', revision: 1, practice: false },
      { clientId: 'b', status: 'returned' as const, comment: 'x', revision: 1, practice: false },
      {
        clientId: 'lost',
        status: 'returned' as const,
        comment: 'Ulangi',
        revision: 1,
        practice: false,
        returned: { campaignId: 1, formId: 1, kelurahan: '73.71.01.1001', rw: 1, rt: 1, answers: { a: 2 } },
      },
      { clientId: 'c', status: 'accepted' as const, comment: null, revision: 1, practice: false },
    ];
    const out = applyReviews([rec('a', 'sent'), rec('b', 'outbox', 2), rec('c', 'sent')], states, 9);
    expect(out.map((r) => `${r.clientId}:${r.state}:${r.note}`)).toEqual([
      'a:returned:Cek NIK',
      'lost:returned:Ulangi',
    ]);
  });
  it('counts states and merges by client id', () => {
    const merged = mergeRecords([rec('a', 'draft'), rec('b', 'outbox')], [rec('a', 'sent')]);
    expect(countStates(merged)).toEqual({ draft: 0, outbox: 1, sent: 1, returned: 0, refused: 0 });
  });
});
