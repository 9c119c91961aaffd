// Request and reply between processes over Colyseus presence pub/sub (Redis when several processes
// share it). Contract: `serve(topic, handler)` answers every request published on `topic` with the
// handler's value or its error message; `call(topic, body, timeoutMs)` publishes a request with a
// fresh id and this process's reply topic and resolves with the answer, or rejects with CallTimeout
// when none came in time (nobody served the topic, or it died) — the caller decides whether to retry.
// Replies go to one topic per process, subscribed once. Only this deployment's processes publish on
// these topics (Redis is not exposed), so requests are trusted like the store. Runs on the server.
import { randomUUID } from 'node:crypto';
import type { Presence } from '@colyseus/core';

export class CallTimeout extends Error {}
/** The server asks the caller to try again (it is handing over what it served). */
export class CallRetry extends Error {}

type Envelope = { id: string; replyTo: string; body: unknown };
type Answer =
  | { id: string; ok: true; value: unknown }
  | { id: string; ok: false; error: string; retry?: boolean };

export type Calls = {
  call<R>(topic: string, body: unknown, timeoutMs: number): Promise<R>;
  /** Serves `topic`; the returned function stops serving it. */
  serve(topic: string, handler: (body: unknown) => Promise<unknown>): Promise<() => void>;
  close(): void;
};

export function presenceCalls(presence: Presence, processName: string): Calls {
  const replyTo = `calls:${processName}:${randomUUID()}`;
  const pending = new Map<string, { settle: (a: Answer) => void }>();
  const onAnswer = (a: Answer) => pending.get(a.id)?.settle(a);
  let subscribed: Promise<unknown> | undefined;

  return {
    async call<R>(topic: string, body: unknown, timeoutMs: number): Promise<R> {
      subscribed ??= presence.subscribe(replyTo, onAnswer);
      await subscribed;
      const id = randomUUID();
      const answer = new Promise<Answer>((settle, fail) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new CallTimeout(`no answer on ${topic} within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          settle: (a) => {
            clearTimeout(timer);
            pending.delete(id);
            settle(a);
          },
        });
      });
      await presence.publish(topic, { id, replyTo, body } satisfies Envelope);
      const a = await answer;
      if (a.ok) return a.value as R;
      throw a.retry ? new CallRetry(a.error) : new Error(a.error);
    },
    async serve(topic, handler) {
      const onRequest = (e: Envelope) => {
        handler(e.body).then(
          (value) => presence.publish(e.replyTo, { id: e.id, ok: true, value } satisfies Answer),
          (error: unknown) =>
            presence.publish(e.replyTo, {
              id: e.id,
              ok: false,
              error: error instanceof Error ? error.message : String(error),
              retry: error instanceof CallRetry,
            } satisfies Answer),
        );
      };
      await presence.subscribe(topic, onRequest);
      return () => presence.unsubscribe(topic, onRequest);
    },
    close() {
      if (subscribed) presence.unsubscribe(replyTo, onAnswer);
      for (const p of pending.values()) p.settle({ id: '', ok: false, error: 'closed' });
    },
  };
}
