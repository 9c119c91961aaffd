// When to try again after a lost connection, for the city and the hall alike (client only, pure):
// 1 s, 2 s, 4 s … doubling per failed attempt up to REJOIN_MAX_MS, then every REJOIN_MAX_MS for as
// long as the visitor stays. A refusal (banned, ended, unknown session) is not retried: only
// failures that may pass (server restarting, network gone).

export const REJOIN_FIRST_MS = 1000;
export const REJOIN_MAX_MS = 30_000;

/** The wait before rejoin attempt number `failures` + 1 (0 = the first attempt after the drop). */
export function rejoinDelayMs(failures: number): number {
  return Math.min(REJOIN_MAX_MS, REJOIN_FIRST_MS * 2 ** Math.max(0, Math.min(failures, 16)));
}
