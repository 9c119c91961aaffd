// The place layer's own contract, without a room: the gate before every handler, a failed handler
// reported once, and the chat prelude both places share (including what it refuses).
import { describe, expect, it, vi } from 'vitest';
import { CHAT_LIMIT, ClientMessages, FLOOD_LIMIT } from '../../shared/protocol.ts';
import { fullBucket } from '../../shared/rateLimit.ts';
import { chatPrelude, dropUnknown, gatedMessages } from './place.ts';

type V = { flood: ReturnType<typeof fullBucket>; flooded: boolean; chat: ReturnType<typeof fullBucket> };
const client = { sessionId: 'abc' };

function host() {
  const visitor: V = {
    flood: fullBucket(FLOOD_LIMIT, performance.now()),
    flooded: false,
    chat: fullBucket(CHAT_LIMIT, performance.now()),
  };
  const kicked: number[] = [];
  return {
    visitor,
    kicked,
    roomId: 'room',
    visitors: new Map([[client.sessionId, visitor]]),
    stats: { dropped: 0, flooded: 0 },
    kickClient: (_id: string, code?: number) => void kicked.push(code ?? 0),
  };
}

describe('place layer', () => {
  it('runs a handler only for a valid message of a known visitor; drops and counts the rest', () => {
    const h = host();
    const travel = vi.fn();
    const messages = gatedMessages(h, ClientMessages, {
      move: vi.fn(),
      chat: vi.fn(),
      travel,
      report: vi.fn(),
    });
    messages.travel(client, { to: 'dukcapil' });
    messages.travel(client, { to: 42 } as never);
    messages.travel({ sessionId: 'stranger' }, { to: 'dukcapil' });
    dropUnknown(h, client, 'teleport');
    expect(travel).toHaveBeenCalledTimes(1);
    expect(travel.mock.calls[0]?.[1]).toBe(h.visitor);
    expect(h.stats.dropped).toBe(2);
  });

  it('cuts a flood off: the client is closed and later messages reach no handler', () => {
    const h = host();
    const move = vi.fn();
    const messages = gatedMessages(h, ClientMessages, {
      move,
      chat: vi.fn(),
      travel: vi.fn(),
      report: vi.fn(),
    });
    for (let i = 0; i < FLOOD_LIMIT.capacity * 2; i++)
      messages.move(client, { x: 0, z: 0, heading: 0, anim: 'idle' });
    expect(h.kicked).toHaveLength(1);
    expect(h.stats.flooded).toBe(1);
    expect(move.mock.calls.length).toBeLessThan(FLOOD_LIMIT.capacity * 2);
  });

  it('hands a failed handler to onFailure with its type', async () => {
    const h = host();
    const failures: string[] = [];
    const messages = gatedMessages(
      h,
      ClientMessages,
      {
        move: vi.fn(),
        chat: async () => {
          throw new Error('store unreachable');
        },
        travel: vi.fn(),
        report: vi.fn(),
      },
      (_client, type) => void failures.push(type),
    );
    await messages.chat(client, { text: 'halo', channel: 'plaza' });
    expect(failures).toEqual(['chat']);
  });

  it('cleans a chat line, refuses an empty one and one past the rate limit', () => {
    const h = host();
    const now = performance.now();
    expect(chatPrelude(h.visitor, '   ', now)).toEqual({ ok: false, code: 'chat-empty' });
    const first = chatPrelude(h.visitor, '  halo  semua ', now);
    expect(first).toMatchObject({ ok: true, text: 'halo semua' });
    for (let i = 1; i < CHAT_LIMIT.capacity; i++) expect(chatPrelude(h.visitor, 'lagi', now).ok).toBe(true);
    expect(chatPrelude(h.visitor, 'lagi', now)).toEqual({ ok: false, code: 'chat-rate' });
  });
});
