import { describe, expect, it } from 'vitest';
import { draftToBody, emptyDraft, fieldOf, randomInviteCode } from './scheduleDraft.ts';

const NOW = Date.UTC(2026, 10, 27, 21, 10); // 28 Nov 2026 05:10 WITA

describe('schedule draft', () => {
  it('starts a fresh draft on the second full hour, two hours long, in WITA', () => {
    const d = emptyDraft('setda', NOW);
    expect(d.startsAt).toBe('2026-11-28T07:00');
    expect(d.endsAt).toBe('2026-11-28T09:00');
  });

  it('turns a good draft into the POST body with WITA times as epoch ms and clean agenda lines', () => {
    const d = {
      ...emptyDraft('setda', NOW),
      title: '  Musrenbang Tamalate ',
      agenda: 'Pembukaan\n\n  Paparan camat  \n',
    };
    const check = draftToBody(d);
    expect(check).toEqual({
      ok: true,
      body: {
        title: 'Musrenbang Tamalate',
        organiser: 'setda',
        description: '',
        startsAt: Date.UTC(2026, 10, 27, 23, 0),
        endsAt: Date.UTC(2026, 10, 28, 1, 0),
        agenda: ['Pembukaan', 'Paparan camat'],
        visibility: 'public',
      },
    });
  });

  it('names every refused field and sends nothing', () => {
    const check = draftToBody({
      ...emptyDraft('', NOW),
      title: 'x',
      startsAt: '2026-11-28T10:00',
      endsAt: '2026-11-28T09:00',
      agenda: 'a'.repeat(201),
      visibility: 'invite',
      inviteCode: 'no spaces',
    });
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.fields.sort()).toEqual(['agenda', 'endsAt', 'inviteCode', 'organiser', 'title']);
    const late = draftToBody({ ...emptyDraft('setda', NOW), title: 'Rapat', endsAt: '2026-11-28T06:00' });
    expect(late).toEqual({ ok: false, fields: ['endsAt'] });
    const noCode = draftToBody({ ...emptyDraft('setda', NOW), title: 'Rapat', visibility: 'invite' });
    expect(noCode).toEqual({ ok: false, fields: ['inviteCode'] });
    const noDate = draftToBody({ ...emptyDraft('setda', NOW), title: 'Rapat', startsAt: '' });
    expect(noDate.ok).toBe(false);
    if (!noDate.ok) expect(noDate.fields).toContain('startsAt');
  });

  it('maps server field paths to form fields', () => {
    expect(fieldOf('agenda.3')).toBe('agenda');
    expect(fieldOf('organiser')).toBe('organiser');
    expect(fieldOf('nonsense')).toBeNull();
    expect(fieldOf(undefined)).toBeNull();
  });

  it('makes invite codes the server accepts', () => {
    const code = randomInviteCode();
    expect(code).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
    expect(randomInviteCode()).not.toBe(code);
  });
});
