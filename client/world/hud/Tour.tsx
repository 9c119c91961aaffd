// The first-visit tour of the city (client only), on desktop and phone: three short cards — how to
// move (keys or joystick), how to find an OPD, how to join a public session — each with "Lewati tur"
// and "Lanjut" (the last: "Selesai"). Finished or skipped, it is remembered on the device
// (useSettingsStore.touchHintSeen) and not shown again. Not modal: the city stays usable under it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';

const STEPS = ['move', 'opd', 'session'] as const;

export function Tour({ touch }: { touch: boolean }) {
  const { t } = useTranslation();
  const seen = useSettingsStore((s) => s.touchHintSeen);
  const finish = useSettingsStore((s) => s.dismissTouchHint);
  const [step, setStep] = useState(0);
  if (seen) return null;
  const key = STEPS[step] ?? 'move';
  const linesKey = key === 'move' ? `tour.move.${touch ? 'touch' : 'desktop'}` : `tour.${key}.lines`;
  const lines = t(linesKey, { returnObjects: true }) as unknown;
  const last = step === STEPS.length - 1;
  return (
    <section className="first-run tour" aria-labelledby="tour-title" aria-live="polite">
      <p className="tour-step">{t('tour.step', { n: step + 1, total: STEPS.length })}</p>
      <h2 id="tour-title">{t(`tour.${key}.title`)}</h2>
      <ul>
        {(Array.isArray(lines) ? (lines as string[]) : []).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="tour-actions">
        <button type="button" className="tour-action skip" onClick={finish}>
          {t('tour.skip')}
        </button>
        <button
          type="button"
          className="tour-action primary"
          onClick={last ? finish : () => setStep(step + 1)}
        >
          {t(last ? 'tour.done' : 'tour.next')}
        </button>
      </div>
    </section>
  );
}
