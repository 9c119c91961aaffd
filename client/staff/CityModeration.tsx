// "Moderasi plaza kota" (moderators and admins): residents' open reports, recent plaza chat and the
// mutes and bans in force, each with its actions; what happened is announced above the lists.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../net/staffApi.ts';
import { CityModerationChat } from './CityModerationChat.tsx';
import { CityModerationReports } from './CityModerationReports.tsx';
import { CityModerationSanctions } from './CityModerationSanctions.tsx';
import { useCityModeration } from './useCityModeration.ts';

export function CityModeration({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { load, status, reload, run } = useCityModeration(session.token);
  /** Which item's action panel is open ('r<report id>' or 'c<line id>'), if any. */
  const [open, setOpen] = useState<string | null>(null);
  const lists = { run, open, setOpen };
  return (
    <section className="staff-sessions-section staff-mod" aria-labelledby="staff-mod-heading">
      <div className="staff-card staff-org">
        <div className="staff-card-head">
          <h2 id="staff-mod-heading">{t('cityModeration.heading')}</h2>
          <button type="button" className="staff-secondary" onClick={() => void reload()}>
            {t('cityModeration.refresh')}
          </button>
        </div>
        <p className="staff-muted">{t('cityModeration.intro')}</p>
        {status && (
          <p className={status.ok ? 'staff-ok' : 'staff-error'} role="status">
            {t(status.key, status.values ?? {})}
          </p>
        )}
      </div>
      {load.kind === 'loading' && <p className="staff-card staff-muted">{t('cityModeration.loading')}</p>}
      {load.kind === 'failed' && (
        <p className="staff-card staff-error" role="alert">
          {t('cityModeration.failed')}
        </p>
      )}
      {load.kind === 'ready' && (
        <>
          <CityModerationReports reports={load.reports} {...lists} />
          <CityModerationChat lines={load.lines} {...lists} />
          <CityModerationSanctions sanctions={load.sanctions} run={run} />
        </>
      )}
    </section>
  );
}
