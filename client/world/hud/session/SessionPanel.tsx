// The session panel: tabs for the audience (Tanya, Jajak, Angkat tangan, Obrolan) and, by role, for
// the host (Panggung) and moderators (Moderasi). A side panel on desktop; on phones a bottom sheet
// that starts folded to its tab bar so the stage stays visible, and unfolds when a tab is tapped.
// Hosts land on Panggung, unfolded; Moderasi shows how many questions and reports wait.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isHost,
  moderationWaiting,
  type SessionTab,
  sessionTabs,
  shownTab,
  useSessionViewStore,
} from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { HandTab } from './HandTab.tsx';
import { HostPanel } from './host/HostPanel.tsx';
import { ModPanel } from './mod/ModPanel.tsx';
import { PollTab } from './PollTab.tsx';
import { QuestionsTab } from './QuestionsTab.tsx';
import { SessionChat } from './SessionChat.tsx';

const startFolded = () => window.matchMedia('(max-width: 640px)').matches;

export function SessionPanel() {
  const { t } = useTranslation();
  const you = useSessionViewStore((s) => s.you);
  const pollWaiting = useStageStore((s) => s.poll.open && !you?.ballots[s.poll.id]);
  const ended = useStageStore((s) => s.info.phase === 'ended');
  const tab = useSessionViewStore((s) => s.tab);
  const setTab = useSessionViewStore((s) => s.setTab);
  const waiting = useSessionViewStore((s) => moderationWaiting(s.staff));
  const [folded, setFolded] = useState(startFolded);
  // A host's controls are the point of the panel: it unfolds on Panggung when the role arrives.
  const host = isHost(you);
  useEffect(() => {
    if (host) setFolded(false);
  }, [host]);
  const tabs = sessionTabs(you);
  const shown = shownTab(you, tab);
  const choose = (next: SessionTab) => {
    setTab(next);
    setFolded(false);
  };
  return (
    <section className={`panel session-panel${folded ? ' folded' : ''}`} aria-label={t('session.tabs.label')}>
      <div className="session-tabs" role="tablist">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`session-tab-${id}`}
            aria-selected={id === shown && !folded}
            aria-controls="session-tab-body"
            onClick={() => choose(id)}
          >
            {t(`session.tabs.${id}`)}
            {id === 'poll' && pollWaiting && <span className="session-dot" aria-hidden="true" />}
            {id === 'hand' && you?.floor && <span className="session-dot" aria-hidden="true" />}
            {id === 'mod' && waiting > 0 && (
              <>
                <span className="session-badge" aria-hidden="true">
                  {waiting}
                </span>
                <span className="sr-only">{t('session.tabs.waiting', { count: waiting })}</span>
              </>
            )}
          </button>
        ))}
      </div>
      {/* Beside the tab list, not in it: a tab list holds only tabs. */}
      <button
        type="button"
        className="session-fold"
        aria-expanded={!folded}
        aria-label={t(folded ? 'session.tabs.unfold' : 'session.tabs.fold')}
        onClick={() => setFolded(!folded)}
      >
        {folded ? '▴' : '▾'}
      </button>
      {!folded && (
        <div
          className="session-body"
          key={shown}
          id="session-tab-body"
          role="tabpanel"
          aria-labelledby={`session-tab-${shown}`}
        >
          {ended && <p className="session-ended">{t('session.endedNote')}</p>}
          {shown === 'ask' && <QuestionsTab />}
          {shown === 'poll' && <PollTab />}
          {shown === 'hand' && <HandTab />}
          {shown === 'chat' && <SessionChat />}
          {shown === 'host' && <HostPanel />}
          {shown === 'mod' && <ModPanel />}
        </div>
      )}
    </section>
  );
}
