// Token bucket, pure: the caller passes the time and keeps the returned bucket. Runs on server
// (chat and flood limits) and client (to warn before sending).

export type BucketLimit = { readonly capacity: number; readonly refillPerSec: number };
export type Bucket = { tokens: number; atMs: number };

export function fullBucket(limit: BucketLimit, nowMs: number): Bucket {
  return { tokens: limit.capacity, atMs: nowMs };
}

/** Takes `cost` tokens if available. `retryInMs` says when enough tokens will be there. */
export function take(
  bucket: Bucket,
  limit: BucketLimit,
  nowMs: number,
  cost = 1,
): { ok: boolean; bucket: Bucket; retryInMs: number } {
  const elapsedS = Math.max(0, nowMs - bucket.atMs) / 1000;
  const tokens = Math.min(limit.capacity, bucket.tokens + elapsedS * limit.refillPerSec);
  if (tokens >= cost) return { ok: true, bucket: { tokens: tokens - cost, atMs: nowMs }, retryInMs: 0 };
  const retryInMs = Math.ceil(((cost - tokens) / limit.refillPerSec) * 1000);
  return { ok: false, bucket: { tokens, atMs: nowMs }, retryInMs };
}
