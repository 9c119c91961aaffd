// What a session's phase changes outside its event log (server only): the stored row's phase, when
// the session opened and ended, an attendance sample every `attendanceEveryMs` while it is live, and
// the record written when it ends. Driven by the hub (hub.ts): `applied` for every event it applies
// (replayed ones too), `after` once an accepted event is stored (inside the hub's chain). `sample`
// commits an attendance event from inside the chain; `sampleLater` queues one on it (the timer).
import type { SessionEvent, SessionModel } from '../../shared/session/model.ts';
import { log } from '../log.ts';
import type { SessionRow } from '../store/sessionStore.ts';
import type { Store } from '../store/store.ts';
import { writeRecord } from './writeRecord.ts';

export type PhaseDeps = {
  store: Pick<Store, 'sessions'>;
  now: () => number;
  /** Attendance sample interval while live (ms). */
  attendanceEveryMs: number;
  sample: () => Promise<unknown>;
  sampleLater: () => void;
};

export class SessionPhase {
  row: SessionRow;
  openedAt: number | null;
  endedAt: number | null;
  private readonly deps: PhaseDeps;
  private sampler: ReturnType<typeof setInterval> | undefined;

  constructor(deps: PhaseDeps, row: SessionRow, times: { openedAt: number | null; endedAt: number | null }) {
    this.deps = deps;
    this.row = row;
    this.openedAt = times.openedAt;
    this.endedAt = times.endedAt;
  }

  /** A hub restored while the session is live keeps sampling. */
  resume(model: SessionModel): void {
    if (model.phase === 'live') this.startSampler();
  }

  applied(event: SessionEvent): void {
    if (event.act.do === 'open') this.openedAt = event.at;
    if (event.act.do === 'end') this.endedAt = event.at;
  }

  /** Inside the hub's chain, after `event` was stored and applied to `model`. */
  async after(event: SessionEvent, model: SessionModel): Promise<void> {
    const { sessions } = this.deps.store;
    if (event.act.do === 'open') {
      await sessions.setPhase(this.row.id, 'live');
      this.row = { ...this.row, phase: 'live' };
      await this.deps.sample();
      this.startSampler();
    } else if (event.act.do === 'end') {
      this.stop();
      await this.deps.sample();
      await sessions.setPhase(this.row.id, 'ended');
      this.row = { ...this.row, phase: 'ended' };
      const times = { openedAt: this.openedAt, endedAt: this.endedAt };
      await writeRecord(sessions, this.row, model, times, this.deps.now());
      log.info('session-record', { session: this.row.id });
    }
  }

  stop(): void {
    clearInterval(this.sampler);
    this.sampler = undefined;
  }

  private startSampler(): void {
    this.stop();
    this.sampler = setInterval(this.deps.sampleLater, this.deps.attendanceEveryMs);
    this.sampler.unref();
  }
}
