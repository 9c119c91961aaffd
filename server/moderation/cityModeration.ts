// Moderation of the city plaza: one service per process, used by the staff API
// (server/http/cityModeration.ts) and by every `city` shard (server/rooms/cityModeration.ts).
// Contract: each decision is stored (and, for a moderator's action, audited) BEFORE it is published
// on the presence topic CITY_MODERATION_TOPIC, which every city shard of every process sharing the
// presence (Redis, once configured) applies to its own visitors. Refusing a banned visitor on join
// reads the store, so it never depends on a published message having arrived. Runs on the server.
import type { Presence } from '@colyseus/core';
import {
  type CityAction,
  type CitySanctionView,
  MODERATION_REASON_MAX_CHARS,
} from '../../shared/cityModeration.ts';
import { type ClientMessage, type NoticeCode, REPORT_NOTE_MAX_CHARS } from '../../shared/protocol.ts';
import { cleanText } from '../../shared/text.ts';
import type { Tokens } from '../auth/tokens.ts';
import { log } from '../log.ts';
import { accountOf } from '../rooms/sessionAuth.ts';
import type { Store } from '../store/store.ts';

export const CITY_MODERATION_TOPIC = 'city:moderation';

/** What every city shard applies to its visitors (matched by any of their keys). */
export type CityModerationEvent =
  | { type: 'kick'; keys: string[]; bannedUntil: number | null }
  | { type: 'mute'; keys: string[]; until: number }
  | { type: 'unmute'; keys: string[] }
  | { type: 'chatDeleted'; id: number };

export type CityModerationDeps = {
  store: Pick<Store, 'moderation' | 'audit' | 'users'>;
  /** Verifies staff tokens that come with a city join (sanctions then follow the account). */
  tokens: Tokens;
  /** The process's presence (Colyseus matchMaker.presence), read when publishing. */
  presence: () => Presence;
  /** Epoch ms: sanction times. */
  now: () => number;
};

/** A signed-in moderator, as the audit log names them. */
export type Moderator = { username: string };

/** A reporter in a city shard: their strongest key, name and session id. */
export type Reporter = { key: string; name: string; sessionId: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: 404; error: string };

/** Reports one reporter key may file per hour, across reconnections and shards. */
export const REPORTS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The keys that identify a city visitor, strongest first: their account (a signed-in official), the
 * browser's kept id when sent, and always the session.
 */
export function visitorKeys(sessionId: string, visitorId?: string, accountId?: number): string[] {
  return [
    ...(accountId !== undefined ? [`account:${accountId}`] : []),
    ...(visitorId ? [`visitor:${visitorId}`] : []),
    `session:${sessionId}`,
  ];
}

const notFound = (error: string) => ({ ok: false, status: 404, error }) as const;

export type CityModeration = ReturnType<typeof createCityModeration>;

export function createCityModeration(deps: CityModerationDeps) {
  const { store } = deps;
  const publish = (event: CityModerationEvent) => deps.presence().publish(CITY_MODERATION_TOPIC, event);
  const audit = (who: Moderator, action: string, detail: Record<string, unknown>, nowMs: number) =>
    store.audit.append({ actor: `staff:${who.username}`, action, target: 'city', detail }, nowMs);
  const cleanReason = (raw: string | undefined) => cleanText(raw ?? '', MODERATION_REASON_MAX_CHARS);

  return {
    now: deps.now,

    /** The claims of a staff token whose account still stands, else null. */
    accountOf: (token: string) =>
      accountOf({ tokens: deps.tokens, users: store.users, now: deps.now }, token).catch(() => null),

    /** Until when a joining visitor's keys are muted and banned (0: not). */
    sanctionsOf: (keys: readonly string[]) => store.moderation.sanctionsOf(keys, deps.now()),

    /** Remembers who a city session is, so moderators can act on them after they left. */
    recordVisit: (sessionId: string, name: string, keys: string[]) =>
      store.moderation.recordVisit({ sessionId, name, keys, at: deps.now() }),

    /** A resident's report: checked, limited per reporter key, stored; the notice to answer with. */
    async report(reporter: Reporter, msg: ClientMessage<'report'>): Promise<NoticeCode> {
      const nowMs = deps.now();
      if ((await store.moderation.reportsSince(reporter.key, nowMs - HOUR_MS)) >= REPORTS_PER_HOUR)
        return 'report-rate';
      let target: { sessionId: string; name: string };
      let message: { id: number; text: string } | null = null;
      if (msg.target.kind === 'message') {
        const line = await store.moderation.chatLine(msg.target.messageId);
        if (!line) return 'report-unknown';
        target = { sessionId: line.from, name: line.name };
        message = { id: line.id, text: line.text };
      } else {
        const visit = await store.moderation.visit(msg.target.sessionId);
        if (!visit) return 'report-unknown';
        target = { sessionId: visit.sessionId, name: visit.name };
      }
      if (target.sessionId === reporter.sessionId) return 'report-unknown';
      const note = cleanText(msg.note ?? '', REPORT_NOTE_MAX_CHARS);
      const id = await store.moderation.addReport({
        at: nowMs,
        reporterKey: reporter.key,
        reporterName: reporter.name,
        target,
        message,
        reason: msg.reason,
        note,
      });
      log.info('city-report', { id, reason: msg.reason, kind: msg.target.kind });
      return 'report-sent';
    },

    /** Mute or ban (timed, stored) or kick a visitor by session id, across every shard. */
    async act(who: Moderator, action: CityAction): Promise<Outcome<CitySanctionView | null>> {
      const nowMs = deps.now();
      const visit = await store.moderation.visit(action.sessionId);
      if (!visit) return notFound('unknown-visitor');
      const reason = cleanReason(action.reason);
      const detail = { sessionId: visit.sessionId, name: visit.name, reason };
      if (action.kind === 'kick') {
        await audit(who, 'city.kick', detail, nowMs);
        publish({ type: 'kick', keys: visit.keys, bannedUntil: null });
        return { ok: true, value: null };
      }
      const until = nowMs + action.minutes * MINUTE_MS;
      const sanction = await store.moderation.addSanction({
        kind: action.kind,
        sessionId: visit.sessionId,
        name: visit.name,
        keys: visit.keys,
        until,
        reason,
        by: `staff:${who.username}`,
        at: nowMs,
      });
      await audit(who, `city.${action.kind}`, { ...detail, minutes: action.minutes, until }, nowMs);
      publish(
        action.kind === 'ban'
          ? { type: 'kick', keys: visit.keys, bannedUntil: until }
          : { type: 'mute', keys: visit.keys, until },
      );
      return { ok: true, value: sanction };
    },

    /** Lifts a mute or ban in force. */
    async lift(who: Moderator, id: number): Promise<Outcome<null>> {
      const nowMs = deps.now();
      const lifted = await store.moderation.liftSanction(id, `staff:${who.username}`, nowMs);
      if (!lifted) return notFound('unknown-sanction');
      const action = lifted.kind === 'ban' ? 'city.unban' : 'city.unmute';
      await audit(who, action, { id, sessionId: lifted.sessionId, name: lifted.name }, nowMs);
      if (lifted.kind === 'mute') publish({ type: 'unmute', keys: lifted.keys });
      return { ok: true, value: null };
    },

    /** Deletes a city chat line from history and from every connected client. */
    async deleteChat(who: Moderator, id: number, rawReason?: string): Promise<Outcome<null>> {
      const nowMs = deps.now();
      const reason = cleanReason(rawReason);
      const line = await store.moderation.deleteChat(id, `staff:${who.username}`, reason, nowMs);
      if (!line) return notFound('unknown-message');
      await audit(
        who,
        'city.deleteMessage',
        { id, sessionId: line.from, name: line.name, text: line.text, reason },
        nowMs,
      );
      publish({ type: 'chatDeleted', id });
      return { ok: true, value: null };
    },

    async resolveReport(who: Moderator, id: number): Promise<Outcome<null>> {
      const nowMs = deps.now();
      if (!(await store.moderation.resolveReport(id, `staff:${who.username}`, nowMs)))
        return notFound('unknown-report');
      await audit(who, 'city.resolveReport', { id }, nowMs);
      return { ok: true, value: null };
    },
  };
}
