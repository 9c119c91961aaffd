// One timer per open poll with an end time: when it runs out the hub records `pollTimeout`. Re-armed
// from the model after every poll change and after a restart (the model is replayed from the store).
// Runs on the server.
import type { SessionModel } from '../../shared/session/model.ts';

export class PollTimers {
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly now: () => number;
  private readonly onTimeout: (pollId: number) => void;

  constructor(now: () => number, onTimeout: (pollId: number) => void) {
    this.now = now;
    this.onTimeout = onTimeout;
  }

  arm(model: SessionModel): void {
    this.clear();
    for (const poll of model.polls) {
      if (poll.closedAt !== null || poll.endsAt === null) continue;
      const timer = setTimeout(
        () => {
          this.timers.delete(poll.id);
          this.onTimeout(poll.id);
        },
        Math.max(0, poll.endsAt - this.now()),
      );
      timer.unref();
      this.timers.set(poll.id, timer);
    }
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
