// A kiosk URL's first screen: loads the kiosk's settings (trying again with backoff while the server
// cannot be reached — a kiosk may boot before it), then starts kiosk mode. An unknown key says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchKiosk } from '../net/kioskApi.ts';
import { rejoinDelayMs } from '../net/rejoin.ts';
import { startKiosk } from './kioskRuntime.ts';

export function KioskBoot({ kioskKey }: { kioskKey: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'loading' | 'unknown' | 'unreachable'>('loading');
  useEffect(() => {
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      fetchKiosk(kioskKey).then(
        (config) => {
          if (stopped) return;
          if (config) startKiosk(config);
          else setState('unknown');
        },
        () => {
          if (stopped) return;
          setState('unreachable');
          timer = setTimeout(load, rejoinDelayMs(failures++));
        },
      );
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [kioskKey]);
  return (
    <main className="lobby kiosk-boot">
      <p className="lobby-card" role="status">
        {t(`kiosk.${state}`)}
      </p>
    </main>
  );
}
