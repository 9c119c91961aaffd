// Moderasi (moderators, hosts, admins): questions waiting for approval, chat rules, acting on one
// attendee (mute, ban) with a logged reason, residents' reports and the latest moderation log. Deleting a chat line is on the
// line itself in the Obrolan tab.
import { ChatRules } from './ChatRules.tsx';
import { ModerationLog } from './ModerationLog.tsx';
import { PendingQuestions } from './PendingQuestions.tsx';
import { PersonActions } from './PersonActions.tsx';
import { Reports } from './Reports.tsx';

export function ModPanel() {
  return (
    <div className="session-tab session-mod">
      <PendingQuestions />
      <Reports />
      <ChatRules />
      <PersonActions />
      <ModerationLog />
    </div>
  );
}
