// The public Pendataan coverage, read by one poller however many parts of the page show it (client
// only; client/stores/useCoverageStore.ts follows it): GET /api/pendataan/coverage now and every
// COVERAGE_REFRESH_MS while someone follows it. Nobody following: no timer, no request.
import type { PublicCoverage } from '../../shared/pendataan/coverage.ts';
import { apiBase } from './api.ts';

const COVERAGE_REFRESH_MS = 60_000;

export type CoverageResult = { ok: true; coverage: PublicCoverage } | { ok: false };

/** `publish` hears every read's result. Returns follow(): starts following, returns the stop. */
export function createCoverageFeed(publish: (result: CoverageResult) => void): () => () => void {
  let followers = 0;
  let stop: (() => void) | null = null;
  const poll = (): (() => void) => {
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
          (coverage) => publish({ ok: true, coverage }),
          () => {
            if (!abort.signal.aborted) publish({ ok: false });
          },
        );
    void load();
    const timer = setInterval(load, COVERAGE_REFRESH_MS);
    return () => {
      clearInterval(timer);
      abort.abort();
    };
  };
  return () => {
    followers++;
    if (!stop) stop = poll();
    let following = true;
    return () => {
      if (!following) return;
      following = false;
      followers--;
      if (followers === 0 && stop) {
        stop();
        stop = null;
      }
    };
  };
}
