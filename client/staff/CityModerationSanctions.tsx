// The mutes and bans in force across the city, with who decided, why and until when; lift one.
import { useTranslation } from 'react-i18next';
import type { CitySanctionView } from '../../shared/cityModeration.ts';
import { cityModerationApi as api } from '../net/cityModerationApi.ts';
import type { useCityModeration } from './useCityModeration.ts';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

type Props = { sanctions: CitySanctionView[]; run: ReturnType<typeof useCityModeration>['run'] };

export function CityModerationSanctions({ sanctions, run }: Props) {
  const { t } = useTranslation();
  return (
    <section className="staff-card" aria-labelledby="staff-mod-sanctions">
      <h3 id="staff-mod-sanctions">{t('cityModeration.sanctions')}</h3>
      {sanctions.length === 0 && <p className="staff-muted">{t('cityModeration.sanctionsNone')}</p>}
      <ul className="staff-sessions">
        {sanctions.map((s) => (
          <li key={s.id} className="staff-session">
            <div className="staff-mod-line">
              <span className={`staff-phase staff-kind-${s.kind}`}>{t(`cityModeration.kind.${s.kind}`)}</span>
              <strong>{s.name}</strong>
              <span className="staff-mod-text staff-muted small">
                {t('cityModeration.until', { time: time.format(s.until) })} · {s.by}
                {s.reason && ` · ${s.reason}`}
              </span>
              <button
                type="button"
                className="staff-secondary"
                onClick={() => void run((token) => api.lift(token, s.id), 'lifted')}
              >
                {t('cityModeration.lift')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
