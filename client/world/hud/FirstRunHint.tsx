// How to move, for a touch screen's first visit to the city: a small card under the top bar that
// stays until dismissed; dismissing is remembered on the device (useSettingsStore.touchHintSeen).
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';

const LINES = ['joystick', 'tap', 'drag', 'booth'] as const;

export function FirstRunHint() {
  const { t } = useTranslation();
  const seen = useSettingsStore((s) => s.touchHintSeen);
  const dismiss = useSettingsStore((s) => s.dismissTouchHint);
  if (seen) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <ul>
        {LINES.map((k) => (
          <li key={k}>{t(`firstRun.${k}`)}</li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={dismiss}>
        {t('firstRun.ok')}
      </button>
    </section>
  );
}
