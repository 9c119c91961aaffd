import { describe, expect, it } from 'vitest';
import { CHAT_MAX_CHARS, NAME_MAX_CHARS } from './limits.ts';
import { CHAT_CHANNELS, ClientMessages, JoinOptions } from './protocol.ts';

const goodMove = { x: 1.5, z: -42, heading: Math.PI / 2, anim: 'walk' };
const goodChat = { text: 'Halo Makassar!', channel: 'plaza' };
const goodTravel = { to: 'dinas-kesehatan' };
const goodJoin = { name: 'Daeng Nai', color: '#c8102e', protocol: 1 };

/** Things that are not finite numbers but might arrive where a number is expected. */
const NOT_NUMBERS: Array<[string, unknown]> = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['a number as a string', '1.5'],
  ['null', null],
  ['undefined', undefined],
  ['a boolean', true],
  ['an array', [1]],
  ['an object', { valueOf: 1 }],
  ['a bigint', 1n],
];

/** Whole payloads that are not objects of the right shape. */
const NOT_OBJECTS: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'move'],
  ['a number', 42],
  ['an empty array', []],
  ['an array of the payload', [goodMove]],
  ['an empty object', {}],
];

describe('ClientMessages.move', () => {
  const move = ClientMessages.move;

  it('accepts a well-formed move, idle or walking, anywhere on the number line', () => {
    expect(move.safeParse(goodMove).success).toBe(true);
    expect(move.safeParse({ ...goodMove, anim: 'idle' }).success).toBe(true);
    expect(move.safeParse({ x: -1e6, z: 0, heading: -7, anim: 'idle' }).success).toBe(true);
  });

  it.each(['x', 'z', 'heading'] as const)('rejects a missing %s', (key) => {
    const { [key]: _, ...rest } = goodMove;
    expect(move.safeParse(rest).success).toBe(false);
  });

  it('rejects a missing anim', () => {
    const { anim: _, ...rest } = goodMove;
    expect(move.safeParse(rest).success).toBe(false);
  });

  for (const key of ['x', 'z', 'heading'] as const) {
    it.each(NOT_NUMBERS)(`rejects ${key} as %s`, (_, value) => {
      expect(move.safeParse({ ...goodMove, [key]: value }).success).toBe(false);
    });
  }

  it.each([
    ['an unknown animation', 'run'],
    ['an animation code instead of its name', 1],
    ['a differently cased name', 'Walk'],
    ['an empty string', ''],
    ['null', null],
  ])('rejects anim as %s', (_, anim) => {
    expect(move.safeParse({ ...goodMove, anim }).success).toBe(false);
  });

  it('rejects extra fields', () => {
    expect(move.safeParse({ ...goodMove, y: 10 }).success).toBe(false);
    expect(move.safeParse({ ...goodMove, speed: 100 }).success).toBe(false);
    const polluted = JSON.parse('{"x":1,"z":2,"heading":0,"anim":"idle","__proto__":{"admin":true}}');
    expect(move.safeParse(polluted).success).toBe(false);
  });

  it.each(NOT_OBJECTS)('rejects %s as the payload', (_, payload) => {
    expect(move.safeParse(payload).success).toBe(false);
  });
});

describe('ClientMessages.chat', () => {
  const chat = ClientMessages.chat;

  it.each(CHAT_CHANNELS)('accepts a line on the %s channel', (channel) => {
    expect(chat.safeParse({ ...goodChat, channel }).success).toBe(true);
  });

  it('accepts raw text that cleaning will deal with later: empty, markup, control characters', () => {
    for (const text of ['', '   ', '<script>alert(1)</script>', 'a\u202Eb\u0000c', '😀'.repeat(100)]) {
      expect(chat.safeParse({ ...goodChat, text }).success, JSON.stringify(text)).toBe(true);
    }
  });

  it('accepts text up to the raw limit and rejects anything longer', () => {
    const limit = CHAT_MAX_CHARS * 2;
    expect(chat.safeParse({ ...goodChat, text: 'a'.repeat(limit) }).success).toBe(true);
    expect(chat.safeParse({ ...goodChat, text: 'a'.repeat(limit + 1) }).success).toBe(false);
    expect(chat.safeParse({ ...goodChat, text: 'a'.repeat(1_000_000) }).success).toBe(false);
  });

  it.each([
    ['an unknown channel', 'whisper'],
    ['a differently cased channel', 'Plaza'],
    ['an empty channel', ''],
    ['a channel index', 0],
    ['null', null],
    ['an array of channels', ['plaza']],
  ])('rejects channel as %s', (_, channel) => {
    expect(chat.safeParse({ ...goodChat, channel }).success).toBe(false);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array of strings', ['halo']],
    ['an object', { toString: 'halo' }],
  ])('rejects text as %s', (_, text) => {
    expect(chat.safeParse({ ...goodChat, text }).success).toBe(false);
  });

  it('rejects missing fields and extra fields', () => {
    expect(chat.safeParse({ text: 'halo' }).success).toBe(false);
    expect(chat.safeParse({ channel: 'plaza' }).success).toBe(false);
    expect(chat.safeParse({ ...goodChat, to: 'someone' }).success).toBe(false);
    expect(chat.safeParse({ ...goodChat, name: 'Walikota' }).success).toBe(false);
  });

  it.each(NOT_OBJECTS)('rejects %s as the payload', (_, payload) => {
    expect(chat.safeParse(payload).success).toBe(false);
  });
});

describe('ClientMessages.travel', () => {
  const travel = ClientMessages.travel;

  it('accepts an organisation id or the plaza', () => {
    expect(travel.safeParse(goodTravel).success).toBe(true);
    expect(travel.safeParse({ to: 'plaza' }).success).toBe(true);
    expect(travel.safeParse({ to: 'x'.repeat(64) }).success).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['an oversized string', 'x'.repeat(65)],
    ['a number', 7],
    ['null', null],
    ['an array', ['plaza']],
    ['an object', { id: 'plaza' }],
  ])('rejects to as %s', (_, to) => {
    expect(travel.safeParse({ to }).success).toBe(false);
  });

  it('rejects a missing destination and extra fields', () => {
    expect(travel.safeParse({}).success).toBe(false);
    expect(travel.safeParse({ ...goodTravel, x: 0, z: 0 }).success).toBe(false);
  });

  it.each(NOT_OBJECTS.filter(([name]) => name !== 'an empty object'))('rejects %s as the payload', (_, p) => {
    expect(travel.safeParse(p).success).toBe(false);
  });
});

describe('JoinOptions', () => {
  it('accepts a name and colour, with or without a protocol version', () => {
    expect(JoinOptions.safeParse(goodJoin).success).toBe(true);
    const { protocol: _, ...withoutProtocol } = goodJoin;
    expect(JoinOptions.safeParse(withoutProtocol).success).toBe(true);
    expect(JoinOptions.safeParse({ ...goodJoin, color: '#ABCDEF' }).success).toBe(true);
  });

  it.each([
    ['a short hex colour', '#fff'],
    ['a colour without #', 'c8102e'],
    ['a colour name', 'red'],
    ['non-hex digits', '#gggggg'],
    ['an alpha channel', '#c8102eff'],
    ['a trailing newline', '#c8102e\n'],
    ['leading space', ' #c8102e'],
    ['a css function', 'rgb(200,16,46)'],
    ['markup', '#c8102e"><script>'],
    ['an empty string', ''],
    ['a number', 0xc8102e],
    ['null', null],
  ])('rejects color as %s', (_, color) => {
    expect(JoinOptions.safeParse({ ...goodJoin, color }).success).toBe(false);
  });

  it('accepts raw names up to the raw limit and rejects longer ones', () => {
    const limit = NAME_MAX_CHARS * 4;
    expect(JoinOptions.safeParse({ ...goodJoin, name: 'n'.repeat(limit) }).success).toBe(true);
    expect(JoinOptions.safeParse({ ...goodJoin, name: 'n'.repeat(limit + 1) }).success).toBe(false);
    expect(JoinOptions.safeParse({ ...goodJoin, name: 'n'.repeat(100_000) }).success).toBe(false);
  });

  it.each([
    ['a number', 5],
    ['null', null],
    ['an array', ['Daeng']],
  ])('rejects name as %s', (_, name) => {
    expect(JoinOptions.safeParse({ ...goodJoin, name }).success).toBe(false);
  });

  it.each([
    ['a fraction', 1.5],
    ['a string', '1'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('rejects protocol as %s', (_, protocol) => {
    expect(JoinOptions.safeParse({ ...goodJoin, protocol }).success).toBe(false);
  });

  it('rejects missing fields and non-object options', () => {
    expect(JoinOptions.safeParse({ name: 'Daeng' }).success).toBe(false);
    expect(JoinOptions.safeParse({ color: '#c8102e' }).success).toBe(false);
    for (const options of [null, undefined, 'Daeng', [goodJoin]]) {
      expect(JoinOptions.safeParse(options).success).toBe(false);
    }
  });

  it('accepts a rejoin position and rejects one that is not a pair of finite numbers', () => {
    expect(JoinOptions.safeParse({ ...goodJoin, at: { x: 3, z: -40 } }).success).toBe(true);
    for (const at of [
      { x: Number.NaN, z: 0 },
      { x: 0, z: Number.POSITIVE_INFINITY },
      { x: Number.NEGATIVE_INFINITY, z: 0 },
      { x: '3', z: 0 },
      { x: 3 },
      [3, -40],
      null,
      'plaza',
    ]) {
      expect(JoinOptions.safeParse({ ...goodJoin, at }).success, JSON.stringify(at)).toBe(false);
    }
  });

  it('drops unknown options instead of passing them on', () => {
    const parsed = JoinOptions.parse({ ...goodJoin, isAdmin: true, sessionId: 'x' });
    expect(parsed).toEqual(goodJoin);
  });
});
