// A benchmark attendee: a real @colyseus/sdk client in one public session's `session` room (any
// shard), seated and idle like most of an audience, decoding every state patch as a browser does and
// noting when each host action (a slide page, a poll) and a poll's full count reach it. Runs in Node.
import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION, type SessionAction } from '../shared/protocol.ts';
import { SessionState } from '../shared/schema.ts';
import { enter, type Seat } from './seat.ts';

/** Wall-clock ms with sub-ms precision; the host and the attendees share this process's clock. */
export const now = () => performance.timeOrigin + performance.now();

export type JoinSpec = {
  url: string;
  sessionId: string;
  name: string;
  color: string;
  /** The host's login token (the SDK's auth token); attendees have none. */
  token?: string;
  /** Which shard (default any with space). */
  seat?: Seat;
};

const randomId = () => crypto.randomUUID().replaceAll('-', '');
const LEAVE_TIMEOUT_MS = 2000;

export class Attendee {
  readonly room: Room<unknown, SessionState>;
  /** When this attendee first saw each slide page / poll id, since the last reset. */
  readonly pageSeenAt = new Map<number, number>();
  readonly pollSeenAt = new Map<number, number>();
  /** Set before a vote storm: the poll's voter count to wait for, and when this attendee saw it. */
  expectVoters = Number.POSITIVE_INFINITY;
  votersReachedAt: number | undefined;
  private lastPage = -1;
  private lastPoll = -1;

  private constructor(room: Room<unknown, SessionState>) {
    this.room = room;
    // Chat history, views and notices are not measured here; taking them keeps the SDK quiet.
    room.onMessage('*', () => {});
    room.onStateChange((state) => {
      const at = now();
      const page = state.screen?.page ?? -1;
      const poll = state.poll?.id ?? -1;
      if (page !== this.lastPage) {
        this.lastPage = page;
        if (!this.pageSeenAt.has(page)) this.pageSeenAt.set(page, at);
      }
      if (this.votersReachedAt === undefined && (state.poll?.voters ?? 0) >= this.expectVoters)
        this.votersReachedAt = at;
      if (poll !== this.lastPoll) {
        this.lastPoll = poll;
        if (!this.pollSeenAt.has(poll)) this.pollSeenAt.set(poll, at);
      }
    });
  }

  static async join(o: JoinSpec): Promise<Attendee> {
    const client = new Client(o.url);
    if (o.token) client.auth.token = o.token;
    const room = await enter(
      client,
      'session',
      o.seat ?? 'any',
      {
        sessionId: o.sessionId,
        name: o.name,
        color: o.color,
        visitorId: randomId(),
        protocol: PROTOCOL_VERSION,
      },
      SessionState,
    );
    return new Attendee(room);
  }

  act(action: SessionAction): void {
    this.room.send('act', action);
  }

  resetSeen(): void {
    this.pageSeenAt.clear();
    this.pollSeenAt.clear();
  }

  async leave(): Promise<void> {
    await Promise.race([
      this.room.leave(true).catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, LEAVE_TIMEOUT_MS)),
    ]);
  }
}
