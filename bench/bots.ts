// A benchmark bot: a real @colyseus/sdk client in the `city` room that walks legally at MOVE_RATE_HZ,
// optionally chats on the plaza, counts every byte it receives and measures chat latency.
// Runs in Node (the SDK uses Node 24's global WebSocket).
import { Client, Protocol, type Room } from '@colyseus/sdk';
import type { Box } from '../shared/geometry.ts';
import { type ChatLine, MOVE_RATE_HZ, PROTOCOL_VERSION } from '../shared/protocol.ts';
import { CityState } from '../shared/schema.ts';
import { colorOf, enter, type Seat } from './seat.ts';
import { sleep, waitFor } from './stats.ts';
import { schedule, TICK_MS, unschedule } from './ticker.ts';
import { randomWalkablePoint, Walker } from './walker.ts';

export const CHAT_INTERVAL_MS = 3000;
const CHAT_PREFIX = 'bench ';
const PROTOCOL_CODE_MASK = 0x1f;
const LEAVE_TIMEOUT_MS = 2000;

export type BotOptions = {
  url: string;
  name: string;
  color: string;
  /** Where to ask to appear (the server may ignore it); the bot then walks from where it stands. */
  at?: { x: number; z: number };
  goal: { area: Box } | { target: { x: number; z: number } };
  chatter: boolean;
  /** Decode state patches as a browser does; a bot that does not still counts every byte. */
  decode: boolean;
  /** Extra headers of its matchmaking request and WebSocket (bench:abuse: a source address). */
  headers?: Record<string, string>;
  /** Which `city` shard (default any with space). */
  seat?: Seat;
};

/** Bot `i` (named and coloured by it) at a random walkable point of `area`, roaming it. */
export function roamer(
  url: string,
  i: number,
  area: Box,
  o: Pick<BotOptions, 'chatter' | 'decode' | 'seat'>,
): Promise<Bot> {
  return Bot.join({
    url,
    name: `Bot ${i}`,
    color: colorOf(i),
    at: randomWalkablePoint(area),
    goal: { area },
    ...o,
  });
}

const MOVE_EVERY_TICKS = 1000 / MOVE_RATE_HZ / TICK_MS;
const CHAT_EVERY_TICKS = CHAT_INTERVAL_MS / TICK_MS;

/** Wall-clock ms with sub-ms precision; bots and their chat partners share this process's clock. */
const now = () => performance.timeOrigin + performance.now();

export class Bot {
  readonly room: Room<unknown, CityState>;
  readonly walker: Walker;
  /** Payload bytes and WebSocket frame headers received since the last reset. */
  bytes = 0;
  frames = 0;
  /** The part of `bytes` that was state patches. */
  patchBytes = 0;
  movesSent = 0;
  corrections = 0;
  notices = 0;
  chatsSent = 0;
  chatLatencyMs: number[] = [];
  /** Whether this bot decodes state patches (BotOptions.decode). */
  readonly decodes: boolean;
  private countFrom = 0;
  private readonly chatter: boolean;
  /** Random phase: moves spread over the patch interval and chat lines over CHAT_INTERVAL_MS. */
  private readonly slot = Math.floor(Math.random() * CHAT_EVERY_TICKS);

  private constructor(room: Room<unknown, CityState>, walker: Walker, o: BotOptions) {
    this.room = room;
    this.walker = walker;
    this.chatter = o.chatter;
    this.decodes = o.decode;
    const events = room.connection.events;
    const inner = events.onmessage;
    events.onmessage = (event: MessageEvent) => {
      const data = new Uint8Array(event.data as ArrayBuffer);
      const isPatch = ((data[0] ?? 0) & PROTOCOL_CODE_MASK) === Protocol.ROOM_STATE_PATCH;
      const wire = data.byteLength + (data.byteLength < 126 ? 2 : data.byteLength < 65536 ? 4 : 10);
      this.bytes += wire;
      this.frames++;
      if (isPatch) this.patchBytes += wire;
      if (isPatch && !o.decode) return;
      inner?.(event);
    };
    this.listen();
    schedule(this);
  }

  static async join(o: BotOptions): Promise<Bot> {
    const room = await enter(
      new Client(o.url, o.headers && { headers: o.headers }),
      'city',
      o.seat ?? 'any',
      { name: o.name, color: o.color, protocol: PROTOCOL_VERSION, at: o.at },
      CityState,
    );
    room.onMessage('*', () => undefined); // chatHistory and anything else this bot does not read
    const mine = () => room.state.players?.get(room.sessionId);
    await waitFor(() => mine() !== undefined, 'own player in state', 10_000, 20);
    const me = mine() as { x: number; z: number };
    return new Bot(room, new Walker({ x: me.x, z: me.z }, o.goal), o);
  }

  /** Called every TICK_MS with a running tick count; acts in this bot's own slots. */
  tick(n: number): void {
    if (n % MOVE_EVERY_TICKS === this.slot % MOVE_EVERY_TICKS) this.step();
    if (this.chatter && n % CHAT_EVERY_TICKS === this.slot % CHAT_EVERY_TICKS) this.chat();
  }

  /** Starts a measurement window: counters restart, chat lines sent before now are not timed. */
  resetCounters(): void {
    this.bytes = 0;
    this.frames = 0;
    this.patchBytes = 0;
    this.movesSent = 0;
    this.corrections = 0;
    this.notices = 0;
    this.chatsSent = 0;
    this.chatLatencyMs = [];
    this.countFrom = now();
  }

  get connected(): boolean {
    return this.room.connection.isOpen;
  }

  async leave(): Promise<void> {
    unschedule(this);
    if (!this.connected) return;
    const left = this.room.leave(true).catch(() => undefined);
    await Promise.race([left, sleep(LEAVE_TIMEOUT_MS)]);
  }

  private listen(): void {
    this.room.onMessage('chat', (line: ChatLine) => {
      if (line.from === this.room.sessionId || !line.text.startsWith(CHAT_PREFIX)) return;
      const sentAt = Number(line.text.slice(CHAT_PREFIX.length));
      if (Number.isFinite(sentAt) && sentAt >= this.countFrom) this.chatLatencyMs.push(now() - sentAt);
    });
    this.room.onMessage('correction', (c: { x: number; z: number }) => {
      this.corrections++;
      this.walker.placeAt(c.x, c.z);
    });
    this.room.onMessage('notice', () => {
      this.notices++;
    });
  }

  private step(): void {
    if (!this.connected) return;
    const pose = this.walker.tick();
    if (!pose) return;
    this.movesSent++;
    this.room.send('move', { x: pose.x, z: pose.z, heading: pose.heading, anim: pose.anim });
  }

  private chat(): void {
    if (!this.connected) return;
    this.chatsSent++;
    this.room.send('chat', { text: `${CHAT_PREFIX}${now().toFixed(1)}`, channel: 'plaza' });
  }
}
