// The joined session as sections, in the order a resident follows a session: the screen and who
// speaks, the poll, questions, raising a hand, reactions and the chat. The participation parts are the
// 3D hall's own session tabs (client/world/hud/session/), so both follow the same rules and wording.
import { useTranslation } from 'react-i18next';
import { HandTab } from '../world/hud/session/HandTab.tsx';
import { PollTab } from '../world/hud/session/PollTab.tsx';
import { QuestionsTab } from '../world/hud/session/QuestionsTab.tsx';
import { ReactionBar } from '../world/hud/session/ReactionBar.tsx';
import { SessionChat } from '../world/hud/session/SessionChat.tsx';
import { StageScreen } from './StageScreen.tsx';

export function SessionSections({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const sections = [
    { id: 'layar', title: t('lite.session.screenTitle'), body: <StageScreen sessionId={sessionId} /> },
    { id: 'jajak', title: t('lite.session.pollTitle'), body: <PollTab /> },
    { id: 'tanya', title: t('lite.session.askTitle'), body: <QuestionsTab /> },
    { id: 'tangan', title: t('lite.session.handTitle'), body: <HandTab /> },
    { id: 'reaksi', title: t('lite.session.reactTitle'), body: <ReactionBar /> },
    { id: 'obrolan', title: t('lite.session.chatTitle'), body: <SessionChat /> },
  ];
  return (
    <>
      <nav aria-label={t('lite.session.contents')} className="lite-contents">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          tabIndex={-1}
          className="lite-card lite-session-part"
          aria-labelledby={`${s.id}-title`}
        >
          <h2 id={`${s.id}-title`}>{s.title}</h2>
          {s.body}
        </section>
      ))}
    </>
  );
}
