// A refused or lost join (unknown session, ended, invite, ban, expired sign-in, no server): the reason
// in words and the way back to the city; "try again" for failures that may pass.
import { useTranslation } from 'react-i18next';
import { leavePlace, retryPlace } from '../../../stores/placeActions.ts';
import { usePlaceStore } from '../../../stores/usePlaceStore.ts';

export function JoinError({ errorKey }: { errorKey: string }) {
  const { t } = useTranslation();
  const place = usePlaceStore((s) => s.place);
  const key = errorKey.startsWith('session.join.') ? errorKey : 'session.join.failed';
  const retry = key === 'session.join.failed' || key === 'session.join.auth';
  return (
    <section className="panel session-error" role="alertdialog" aria-labelledby="session-error-title">
      <h2 id="session-error-title">{t('session.join.title')}</h2>
      <p>{t(key)}</p>
      <div className="session-row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            leavePlace();
            usePlaceStore.getState().goToCity();
          }}
        >
          {t('session.join.back')}
        </button>
        {retry && place.kind === 'session' && (
          <button type="button" className="session-secondary" onClick={retryPlace}>
            {t('session.join.retry')}
          </button>
        )}
      </div>
    </section>
  );
}
