// Keeps useCoverageStore current (client only): GET /api/pendataan/coverage now and every
// COVERAGE_REFRESH_MS while someone follows it; several followers share one poll.
import type { PublicCoverage } from '../../shared/pendataan/coverage.ts';
import { useCoverageStore } from '../stores/useCoverageStore.ts';
import { apiBase } from './api.ts';

const COVERAGE_REFRESH_MS = 60_000;

let followers = 0;
let stop: (() => void) | null = null;

function poll(): () => void {
  const abort = new AbortController();
  const load = () =>
    fetch(`${apiBase()}/pendataan/coverage`, {
      signal: abort.signal,
      headers: { accept: 'application/json' },
    })
      .then((res) => {
        if (!res.ok) throw new Error(`coverage: ${res.status}`);
        return res.json() as Promise<PublicCoverage>;
      })
      .then(
        (c) => useCoverageStore.getState().set(c),
        () => {
          if (!abort.signal.aborted) useCoverageStore.getState().fail();
        },
      );
  void load();
  const timer = setInterval(load, COVERAGE_REFRESH_MS);
  return () => {
    clearInterval(timer);
    abort.abort();
  };
}

/** Starts following the coverage; returns the function that stops this follower. */
export function followCoverage(): () => void {
  followers++;
  if (!stop) stop = poll();
  return () => {
    followers--;
    if (followers === 0 && stop) {
      stop();
      stop = null;
    }
  };
}
