// The validators of city moderation: a resident's `report` (protocol.ts), the visitor id of a city
// join, and the moderators' HTTP actions (cityModeration.ts) — what they accept and must reject.
import { describe, expect, it } from 'vitest';
import { CityAction, DeleteChatBody, SANCTION_MAX_MINUTES } from './cityModeration.ts';
import { ClientMessages, JoinOptions, REPORT_NOTE_MAX_CHARS, REPORT_REASONS } from './protocol.ts';

const report = ClientMessages.report;
const ok = (v: unknown) => report.safeParse(v).success;

describe('ClientMessages.report', () => {
  it('accepts a message or a person with each preset reason, with or without a note', () => {
    for (const reason of REPORT_REASONS) {
      expect(ok({ target: { kind: 'message', messageId: 7 }, reason })).toBe(true);
      expect(ok({ target: { kind: 'person', sessionId: 'AbC_12-x9' }, reason, note: 'menghina' })).toBe(true);
    }
    expect(
      ok({
        target: { kind: 'message', messageId: 1 },
        reason: 'spam',
        note: 'x'.repeat(REPORT_NOTE_MAX_CHARS * 2),
      }),
    ).toBe(true);
  });

  it('rejects unknown reasons, bad targets, long notes and extra fields', () => {
    const bad: unknown[] = [
      null,
      'spam',
      { target: { kind: 'message', messageId: 1 } },
      { target: { kind: 'message', messageId: 1 }, reason: 'fitnah' },
      { target: { kind: 'message', messageId: 0 }, reason: 'spam' },
      { target: { kind: 'message', messageId: 1.5 }, reason: 'spam' },
      { target: { kind: 'message', messageId: 2 ** 40 }, reason: 'spam' },
      { target: { kind: 'message', messageId: '1' }, reason: 'spam' },
      { target: { kind: 'person', sessionId: 'a b' }, reason: 'spam' },
      { target: { kind: 'person', sessionId: 'x'.repeat(33) }, reason: 'spam' },
      { target: { kind: 'person', handle: 'abcd' }, reason: 'spam' },
      { target: { kind: 'booth', id: 'setda' }, reason: 'spam' },
      {
        target: { kind: 'message', messageId: 1 },
        reason: 'spam',
        note: 'x'.repeat(REPORT_NOTE_MAX_CHARS * 2 + 1),
      },
      { target: { kind: 'message', messageId: 1 }, reason: 'spam', note: 5 },
      { target: { kind: 'message', messageId: 1 }, reason: 'spam', extra: true },
      { target: { kind: 'message', messageId: 1, extra: 1 }, reason: 'spam' },
    ];
    for (const b of bad) expect(ok(b), JSON.stringify(b)).toBe(false);
  });
});

describe('JoinOptions.visitorId', () => {
  const join = { name: 'Daeng Nai', color: '#c8102e' };
  it('is optional and, when sent, 16–64 url-safe characters', () => {
    expect(JoinOptions.safeParse(join).success).toBe(true);
    expect(JoinOptions.safeParse({ ...join, visitorId: '0123456789abcdef' }).success).toBe(true);
    for (const visitorId of ['short', 'x'.repeat(65), 'has space in it 123', 42, null]) {
      expect(JoinOptions.safeParse({ ...join, visitorId }).success).toBe(false);
    }
  });
});

describe('CityAction', () => {
  it('accepts timed mutes and bans and kicks by session id', () => {
    expect(
      CityAction.safeParse({ kind: 'mute', sessionId: 'AbCdEf123', minutes: 10, reason: '' }).success,
    ).toBe(true);
    expect(
      CityAction.safeParse({
        kind: 'ban',
        sessionId: 'AbCdEf123',
        minutes: SANCTION_MAX_MINUTES,
        reason: 'x',
      }).success,
    ).toBe(true);
    expect(CityAction.safeParse({ kind: 'kick', sessionId: 'AbCdEf123', reason: '' }).success).toBe(true);
  });

  it('rejects durations out of range, kicks with a duration, unknown kinds and extra fields', () => {
    const bad: unknown[] = [
      { kind: 'ban', sessionId: 'AbCdEf123', minutes: 0, reason: '' },
      { kind: 'ban', sessionId: 'AbCdEf123', minutes: SANCTION_MAX_MINUTES + 1, reason: '' },
      { kind: 'mute', sessionId: 'AbCdEf123', minutes: 1.5, reason: '' },
      { kind: 'mute', sessionId: 'AbCdEf123', reason: '' },
      { kind: 'kick', sessionId: 'AbCdEf123', minutes: 5, reason: '' },
      { kind: 'ban', sessionId: '../../etc', minutes: 5, reason: '' },
      { kind: 'delete', sessionId: 'AbCdEf123', reason: '' },
      { kind: 'ban', sessionId: 'AbCdEf123', minutes: 5, reason: 'x'.repeat(401) },
      { kind: 'ban', sessionId: 'AbCdEf123', minutes: 5, reason: '', keys: ['visitor:x'] },
    ];
    for (const b of bad) expect(CityAction.safeParse(b).success, JSON.stringify(b)).toBe(false);
    expect(DeleteChatBody.safeParse({ reason: 'kasar', id: 3 }).success).toBe(false);
  });
});
