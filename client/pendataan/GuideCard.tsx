// The guided first run on the home screen: one step at a time (guide.ts), each with the one button
// that does it — start a practice record, go on with it, send it — and where the surveyor stands.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GUIDE_STEPS, guideStep } from './guide.ts';
import { useFieldStore } from './useFieldStore.ts';
import { useGuideStore } from './useGuideStore.ts';

export function GuideCard() {
  const { t } = useTranslation();
  const home = useFieldStore((s) => s.home);
  const records = useFieldStore((s) => s.records);
  const seen = useGuideStore((s) => s.seen);
  useEffect(() => {
    void useGuideStore.getState().load();
  }, []);
  if (!home) return null;
  const first = home.assignments[0];
  const step = guideStep({ trained: home.surveyor.trained, hasAssignment: !!first, records, seen });
  if (!step) return null;
  const practice = records.find((r) => r.practice && (r.state === 'draft' || r.state === 'refused'));
  const field = useFieldStore.getState();
  const guide = useGuideStore.getState();
  const action = {
    welcome: { label: t('guide.welcome.go'), run: () => guide.close('welcome') },
    practice: { label: t('guide.practice.go'), run: () => first && field.startRecord(first, true) },
    finish: { label: t('guide.finish.go'), run: () => practice && field.open(practice.clientId) },
    send: { label: t('guide.send.go'), run: () => field.syncNow() },
    done: { label: t('guide.done.go'), run: () => guide.close('done') },
  }[step];
  const index = GUIDE_STEPS.indexOf(step);
  return (
    <section className="pd-card pd-guide" aria-live="polite" data-step={step}>
      <p className="pd-guide-steps">{t('guide.progress', { n: index + 1, of: GUIDE_STEPS.length })}</p>
      <h2>{t(`guide.${step}.title`)}</h2>
      <p>{t(`guide.${step}.text`)}</p>
      <button type="button" className="pd-primary" onClick={() => void action.run()}>
        {action.label}
      </button>
    </section>
  );
}
