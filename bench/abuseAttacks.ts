// The attacks of bench:abuse (issue 15), run in a worker thread so their client work does not delay
// the normal visitors' event loop: all from ONE source address (X-Real-IP, the server trusting its
// proxy), at the rates the issue measured. Each attack counts its attempts by outcome. The worker
// takes AttackPlan as workerData, posts 'ready' once its long-lived sockets are in, runs until it
// gets 'stop', then at once posts the counts so far, and cleans up. Runs in Node.
import { parentPort, workerData } from 'node:worker_threads';
import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import { sleep } from './stats.ts';

export type AttackPlan = {
  url: string;
  source: string;
  sessionId: string;
  /** Organisation whose push key id is flooded, and that key's id. */
  opd: string;
  keyId: string;
  bodyMb: number;
  /** Send the oversized join bodies (the cap before parsing is the HTTP layer's). */
  bodies: boolean;
};

/** Attempts by outcome ('ok', an HTTP status or join error code, 'error'). */
export type Counts = Record<string, Record<string, number>>;

const counts: Counts = {};
const count = (attack: string, outcome: string | number) => {
  const c = counts[attack] ?? {};
  c[String(outcome)] = (c[String(outcome)] ?? 0) + 1;
  counts[attack] = c;
};
let stopping = false;
const rooms: Room[] = [];
const randomId = () => crypto.randomUUID().replaceAll('-', '');
const randomHex = (n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n / 2)), (b) => b.toString(16).padStart(2, '0')).join('');

function outcomeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : '';
  return code !== undefined ? `${code} ${message}`.trim() : 'error';
}

/** Runs `work` `concurrency` at a time until stopped (or `total` attempts), at most `perSecond`. */
async function loop(
  work: () => Promise<void>,
  o: { concurrency: number; perSecond?: number; total?: number },
): Promise<void> {
  let started = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (!stopping && (o.total === undefined || started < o.total)) {
      started++;
      if (o.perSecond !== undefined) {
        const due = t0 + (started / o.perSecond) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
      }
      await work().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
}

function sdk(plan: AttackPlan): Client {
  return new Client(plan.url, { headers: { 'X-Real-IP': plan.source } });
}

async function joinSession(plan: AttackPlan, attack: string): Promise<Room | undefined> {
  try {
    const room = await sdk(plan).joinOrCreate('session', {
      sessionId: plan.sessionId,
      name: 'Tamu Iseng',
      color: '#112233',
      visitorId: randomId(),
      protocol: PROTOCOL_VERSION,
    });
    room.onMessage('*', () => {});
    count(attack, 'ok');
    return room;
  } catch (e) {
    count(attack, outcomeOf(e));
    return undefined;
  }
}

/** `sockets` guests, each sending `perSecond` messages of `make(i)` (under the flood limit). */
async function floodActs(
  plan: AttackPlan,
  attack: string,
  sockets: number,
  perSecond: number,
  make: (i: number) => unknown,
) {
  const joined = (
    await Promise.all(Array.from({ length: sockets }, () => joinSession(plan, `${attack} joins`)))
  ).filter((r): r is Room => r !== undefined);
  rooms.push(...joined);
  return () =>
    Promise.all(
      joined.map(async (room) => {
        for (let i = 0; !stopping; i++) {
          if (room.connection.isOpen) {
            room.send('act', make(i));
            count(attack, 'sent');
          }
          await sleep(1000 / perSecond);
        }
      }),
    );
}

async function connectionFlood(plan: AttackPlan): Promise<void> {
  await loop(
    async () => {
      try {
        const room = await sdk(plan).joinOrCreate('city', {
          name: 'Tamu Banyak',
          color: '#112233',
          protocol: PROTOCOL_VERSION,
        });
        room.onMessage('*', () => {});
        rooms.push(room);
        count('2,000 city connections', 'ok');
      } catch (e) {
        count('2,000 city connections', outcomeOf(e));
      }
    },
    { concurrency: 50, total: 2000 },
  );
}

async function reservationFlood(plan: AttackPlan): Promise<void> {
  await loop(
    async () => {
      const res = await fetch(`${plan.url}/matchmake/joinOrCreate/city`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Real-IP': plan.source },
        body: JSON.stringify({ name: 'Kursi Kosong', color: '#112233', protocol: PROTOCOL_VERSION }),
      }).catch(() => undefined);
      count('2,000 seat reservations', res ? (res.ok ? 'ok' : res.status) : 'error');
      await res?.arrayBuffer().catch(() => {});
    },
    { concurrency: 50, total: 2000 },
  );
}

async function joinChurn(plan: AttackPlan): Promise<void> {
  await loop(
    async () => {
      const room = await joinSession(plan, 'join churn (new visitor ids)');
      await room?.leave(true).catch(() => {});
    },
    { concurrency: 20, perSecond: 370 },
  );
}

async function bigBodies(plan: AttackPlan): Promise<void> {
  const body = `{"name":"Big Body","color":"#112233","pad":"${'x'.repeat(plan.bodyMb * 2 ** 20)}"}`;
  await loop(
    async () => {
      const res = await fetch(`${plan.url}/matchmake/joinOrCreate/city`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Real-IP': plan.source },
        body,
      }).catch(() => undefined);
      count(`${plan.bodyMb} MB join bodies`, res ? (res.ok ? 'ok' : res.status) : 'error');
      await res?.arrayBuffer().catch(() => {});
      await sleep(250);
    },
    { concurrency: 4 },
  );
}

async function keyFlood(plan: AttackPlan): Promise<void> {
  await loop(
    async () => {
      const res = await fetch(`${plan.url}/api/opds/${plan.opd}/metrics`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer mkv_${plan.keyId}_${randomHex(48)}`,
          'X-Real-IP': plan.source,
        },
        body: '[]',
      }).catch(() => undefined);
      count('key-id flood', res ? res.status : 'error');
      await res?.arrayBuffer().catch(() => {});
    },
    { concurrency: 32, perSecond: 1350 },
  );
}

async function main(plan: AttackPlan): Promise<void> {
  const acts = await floodActs(plan, 'guest act {do:end}', 20, 24, () => ({ do: 'end' }));
  const hands = await floodActs(plan, 'hand toggles', 20, 24, (i) => ({
    do: i % 2 === 0 ? 'raiseHand' : 'lowerHand',
  }));
  parentPort?.postMessage({ type: 'ready' });
  await Promise.all([
    acts(),
    hands(),
    connectionFlood(plan),
    reservationFlood(plan),
    joinChurn(plan),
    plan.bodies ? bigBodies(plan) : undefined,
    keyFlood(plan),
  ]);
}

parentPort?.on('message', (m: { type?: string }) => {
  if (m.type !== 'stop') return;
  stopping = true;
  parentPort?.postMessage({ type: 'counts', counts: structuredClone(counts) });
  void Promise.all(rooms.map((r) => Promise.race([r.leave(true).catch(() => {}), sleep(1000)])));
});
await main(workerData as AttackPlan);
