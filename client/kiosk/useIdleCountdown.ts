// Idle time on a kiosk (client only): any touch, click, key or wheel counts as activity. While
// `active`, returns the seconds left once fewer than IDLE_WARNING_S remain (null before), and calls
// `onIdle` when none remain.
import { useEffect, useRef, useState } from 'react';

/** The "Masih di sini?" warning shows for the last this many seconds. */
export const IDLE_WARNING_S = 15;
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleCountdown(idleSeconds: number, active: boolean, onIdle: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null);
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => {
    if (!active) {
      setLeft(null);
      return;
    }
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      setLeft(null);
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { capture: true, passive: true });
    const timer = setInterval(() => {
      const remaining = idleSeconds - (Date.now() - last) / 1000;
      if (remaining <= 0) {
        last = Date.now();
        setLeft(null);
        idle.current();
      } else setLeft(remaining <= IDLE_WARNING_S ? Math.ceil(remaining) : null);
    }, 500);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
      clearInterval(timer);
    };
  }, [idleSeconds, active]);
  return left;
}
