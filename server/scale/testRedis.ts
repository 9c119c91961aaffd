// For tests: a Redis connection on its own database index (so parallel test files never share keys),
// emptied first. Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379). In CI (CI=true) Redis is
// required; locally its absence is reported and the suite is skipped.
import { Redis } from 'ioredis';

const BASE_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The URL of database `db` on the test Redis (for a server's REDIS_URL). */
export function testRedisUrl(db: number): string {
  const url = new URL(BASE_URL);
  url.pathname = `/${db}`;
  return url.toString();
}

/** A connected, emptied Redis on database `db` (1–15), or null locally when none answers. */
export async function testRedis(db: number): Promise<Redis | null> {
  const redis = new Redis(testRedisUrl(db), {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.flushdb();
    return redis;
  } catch (e) {
    redis.disconnect();
    if (process.env.CI === 'true') throw new Error(`Redis is required in CI: ${String(e)}`);
    console.warn(`Redis not reachable at ${BASE_URL}: the Redis suites are not run.`);
    return null;
  }
}
