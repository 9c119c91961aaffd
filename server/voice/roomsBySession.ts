// Janus rooms kept per session (the voice service's AudioBridge rooms, the camera's VideoRoom rooms):
// created once however many ask at once — the first request creates, the others wait on the same
// promise — and a creation that failed is forgotten, so the next request tries again. Plus the random
// room numbers and secrets Janus rooms are made with. Runs on the server.
import { randomBytes, randomInt } from 'node:crypto';

/** A Janus room or participant number. */
export const roomNumber = () => randomInt(1, 2 ** 31);
/** A room secret, pin or one-person token. */
export const secret = () => randomBytes(18).toString('base64url');

export class RoomsBySession<R> {
  private readonly rooms = new Map<string, Promise<R>>();
  private readonly create: (sessionId: string) => Promise<R>;

  constructor(create: (sessionId: string) => Promise<R>) {
    this.create = create;
  }

  /** The session's room, created on the first call. */
  open(sessionId: string): Promise<R> {
    let pending = this.rooms.get(sessionId);
    if (!pending) {
      const created = this.create(sessionId);
      pending = created;
      this.rooms.set(sessionId, created);
      created.catch(() => {
        if (this.rooms.get(sessionId) === created) this.rooms.delete(sessionId);
      });
    }
    return pending;
  }

  /** The session's room if one is open or being created. */
  get(sessionId: string): Promise<R> | undefined {
    return this.rooms.get(sessionId);
  }

  has(sessionId: string): boolean {
    return this.rooms.has(sessionId);
  }

  /** Forgets the session's room and hands it over (to be destroyed). */
  take(sessionId: string): Promise<R> | undefined {
    const pending = this.rooms.get(sessionId);
    this.rooms.delete(sessionId);
    return pending;
  }

  sessions(): string[] {
    return [...this.rooms.keys()];
  }
}
