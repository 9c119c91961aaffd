// Where a benchmark client enters a room kind: any room with space (matchmaking's joinOrCreate, the
// default), a new room (the three-process runs place one per process, bench/clusterBench.ts), or a
// given room by id. Runs in Node.
import type { Client, Room } from '@colyseus/sdk';

export type Seat = 'any' | 'new' | { roomId: string };

const COLORS = ['#b3121f', '#1f6fb3', '#2e9e4f', '#d99a1e', '#7a3db8'];

/** The avatar colour of benchmark client `i`. */
export const colorOf = (i: number): string => COLORS[i % COLORS.length] as string;

export function enter<S>(
  client: Client,
  kind: string,
  seat: Seat,
  options: Record<string, unknown>,
  schema: new () => S,
): Promise<Room<unknown, S>> {
  if (seat === 'new') return client.create<S>(kind, options, schema);
  if (seat === 'any') return client.joinOrCreate<S>(kind, options, schema);
  return client.joinById<S>(seat.roomId, options, schema);
}

/**
 * Joins clients `from`..`n-1` with `join(i)`, `batch` at a time, into `into`; stops after the first
 * batch in which a join failed and returns why (the clients that did join stay in `into`).
 */
export async function joinInBatches<T>(
  from: number,
  n: number,
  batch: number,
  join: (i: number) => Promise<T>,
  into: T[],
): Promise<string | undefined> {
  for (let i = from; i < n; i += batch) {
    const settled = await Promise.allSettled(
      Array.from({ length: Math.min(batch, n - i) }, (_, k) => join(i + k)),
    );
    for (const r of settled) if (r.status === 'fulfilled') into.push(r.value);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) return String(failed.reason);
  }
  return undefined;
}
