// The kiosk's attract loop (DOM over the 3D view): a card per tour stop — a landmark, a booth with
// its live figures, the current or next public session, the rapor's best — while AttractCamera
// circles the stop; "Sentuh untuk mulai" across the bottom. The whole screen is one big button: any
// touch starts a visit (a full-screen button under the cards). Under prefers-reduced-motion the stops change more slowly and the camera
// cuts between still views.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatNumber } from '../../shared/format.ts';
import type { CityLayout } from '../../shared/layout.ts';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { useBoothStore } from '../stores/useBoothStore.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { useSessions } from '../stores/useSessionsStore.ts';
import { attractFocus, type TourStop, tourStops } from './attractTour.ts';

const STOP_MS = 7000;
const STOP_REDUCED_MS = 10_000;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The live (else the next upcoming) public session, from the page's sessions list (kept on a failed read). */
function useHeadlineSession(): SessionSummary | null {
  const all = useSessions().sessions ?? [];
  return all.find((s) => s.when === 'live') ?? all.find((s) => s.when === 'upcoming') ?? null;
}

function BoothCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const live = useBoothStore((s) => s.live[id]);
  const org = findOrganisation(REGISTRY, id);
  if (!org) return null;
  return (
    <>
      <p className="attract-eyebrow">{t('kiosk.attract.booth')}</p>
      <h2>{org.name}</h2>
      <ul className="attract-figures">
        {org.kpis.slice(0, 3).map((k) => (
          <li key={k.id}>
            <strong>{formatNumber(live?.[k.id]?.value ?? k.typical, i18n.language)}</strong> {k.unit}
            <span>{k.label}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function SessionCard({ session }: { session: SessionSummary | null }) {
  const { t, i18n } = useTranslation();
  if (!session) return null;
  return (
    <>
      <p className="attract-eyebrow">
        {t(session.when === 'live' ? 'kiosk.attract.live' : 'kiosk.attract.next')}
      </p>
      <h2>{session.title}</h2>
      <p>
        {session.organiserName} · {formatClock(session.startsAt, i18n.language, 'Asia/Makassar')} WITA
      </p>
    </>
  );
}

function RaporCard() {
  const { t, i18n } = useTranslation();
  const rapor = useRaporStore((s) => s.rapor.month);
  const best = (rapor?.organisations ?? []).filter((o) => o.score !== null).slice(0, 3);
  if (best.length === 0) return null;
  return (
    <>
      <p className="attract-eyebrow">{t('kiosk.attract.rapor')}</p>
      <ol className="attract-figures">
        {best.map((o) => (
          <li key={o.id}>
            <strong>{o.abbreviation}</strong> {o.grade}
            <span>{t('kiosk.attract.score', { score: formatNumber(o.score ?? 0, i18n.language) })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

function StopCard({ stop, session }: { stop: TourStop; session: SessionSummary | null }) {
  const { t } = useTranslation();
  if (stop.kind === 'landmark')
    return (
      <>
        <p className="attract-eyebrow">{t('kiosk.attract.landmark')}</p>
        <h2>{stop.name}</h2>
      </>
    );
  if (stop.kind === 'booth') return <BoothCard id={stop.id} />;
  if (stop.kind === 'sessions') return <SessionCard session={session} />;
  return <RaporCard />;
}

export function AttractLoop({ layout, onStart }: { layout: CityLayout; onStart: () => void }) {
  const { t } = useTranslation();
  const [reduced] = useState(prefersReducedMotion);
  const [step, setStep] = useState(0);
  const session = useHeadlineSession();
  const round = Math.floor(step / 8);
  const stops = tourStops(layout, round);
  const stop = stops[step % stops.length] as TourStop;

  useEffect(() => {
    const timer = setInterval(() => setStep((s) => s + 1), reduced ? STOP_REDUCED_MS : STOP_MS);
    return () => clearInterval(timer);
  }, [reduced]);
  useEffect(() => {
    Object.assign(attractFocus, {
      active: true,
      x: stop.x,
      z: stop.z,
      radius: stop.radius,
      height: stop.height,
      reducedMotion: reduced,
    });
  }, [stop, reduced]);
  useEffect(
    () => () => {
      attractFocus.active = false;
    },
    [],
  );

  return (
    <div className={`attract${reduced ? ' still' : ''}`} data-stop={stop.kind}>
      <button type="button" className="attract-tap" onClick={onStart}>
        <span className="attract-cta">{t('kiosk.touchToStart')}</span>
      </button>
      <p className="attract-brand">
        <span className="lobby-mark" aria-hidden="true" />
        {t('app.title')}
        <small>{t('kiosk.welcome')}</small>
      </p>
      <section className="attract-card" key={step}>
        <StopCard stop={stop} session={session} />
      </section>
    </div>
  );
}
