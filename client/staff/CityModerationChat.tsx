// Recent plaza chat, newest first (deleted lines are already left out by the server): delete a line
// (gone from history and from every connected visitor) or act on its sender.
import { useTranslation } from 'react-i18next';
import type { ChatLine } from '../../shared/protocol.ts';
import { cityModerationApi as api } from '../net/cityModerationApi.ts';
import { CityModerationActions } from './CityModerationActions.tsx';
import type { useCityModeration } from './useCityModeration.ts';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

type Props = {
  lines: ChatLine[];
  run: ReturnType<typeof useCityModeration>['run'];
  open: string | null;
  setOpen: (key: string | null) => void;
};

export function CityModerationChat({ lines, run, open, setOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="staff-card" aria-labelledby="staff-mod-chat">
      <h3 id="staff-mod-chat">{t('cityModeration.chat')}</h3>
      {lines.length === 0 && <p className="staff-muted">{t('cityModeration.chatNone')}</p>}
      <ul className="staff-sessions staff-mod-chat">
        {lines.map((l) => (
          <li key={l.id} className="staff-session" data-line={l.id}>
            <div className="staff-mod-line">
              <time className="staff-muted small" dateTime={new Date(l.at).toISOString()}>
                {time.format(l.at)}
              </time>
              <strong>{l.name}</strong>
              <span className="staff-mod-text">{l.text}</span>
              <span className="staff-mod-buttons">
                <button
                  type="button"
                  className="staff-secondary"
                  aria-label={`${t('cityModeration.deleteLine')}: ${l.name}`}
                  onClick={() => void run((token) => api.deleteChat(token, l.id, ''), 'deleted')}
                >
                  {t('cityModeration.deleteLine')}
                </button>
                <button type="button" className="staff-secondary" onClick={() => setOpen(`c${l.id}`)}>
                  {t('cityModeration.act')}
                </button>
              </span>
            </div>
            {open === `c${l.id}` && (
              <CityModerationActions
                target={{ sessionId: l.from, name: l.name }}
                run={run}
                onClose={() => setOpen(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
