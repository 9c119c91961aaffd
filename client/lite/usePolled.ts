// A value read from the server now and again every `everyMs` while the page shows it (client only):
// Lite has no room connection outside sessions, so its live figures are polled. `null` until the
// first answer; a failed read keeps the last value (and `failed` says so until one succeeds).
import { useEffect, useState } from 'react';

export function usePolled<T>(
  read: (signal: AbortSignal) => Promise<T>,
  everyMs: number,
  key: string,
): { value: T | null; failed: boolean } {
  const [state, setState] = useState<{ value: T | null; failed: boolean; key: string }>({
    value: null,
    failed: false,
    key,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is a new function each render; `key` names what it reads
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      read(abort.signal).then(
        (value) => setState({ value, failed: false, key }),
        () => {
          if (!abort.signal.aborted) setState((s) => ({ ...s, failed: true }));
        },
      );
      timer = setTimeout(load, everyMs);
    };
    load();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [key, everyMs]);
  // A value of the previous key is not shown for the new one.
  return state.key === key ? state : { value: null, failed: false };
}
