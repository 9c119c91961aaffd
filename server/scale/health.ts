// What GET /api/health says about this process: which one answered (Colyseus process id and the
// name from PROCESS_NAME) and whether Redis and the database answer now. Runs on the server.
import { matchMaker } from '@colyseus/core';
import type { Store } from '../store/store.ts';
import type { Cluster, RedisStatus } from './cluster.ts';

export type ProcessHealth = {
  process: { id: string; name: string };
  redis: RedisStatus;
  database: 'ok' | 'down';
};

export async function processHealth(cluster: Cluster, store: Pick<Store, 'ping'>): Promise<ProcessHealth> {
  const [redis, database] = await Promise.all([
    cluster.redisStatus(),
    store.ping().then(
      (ok): ProcessHealth['database'] => (ok ? 'ok' : 'down'),
      (): ProcessHealth['database'] => 'down',
    ),
  ]);
  return { process: { id: matchMaker.processId, name: cluster.processName }, redis, database };
}
