// What the audit log keeps of an accepted host or moderator action: its target (a handle, question,
// poll, report or message id, a deck or screen mode; '' for session-wide settings) and the reason
// given. Runs on the server.
import type { SessionAction } from '../../shared/protocol.ts';

export function auditDetail(act: SessionAction): { target: string; reason: string } {
  const reason = 'reason' in act && typeof act.reason === 'string' ? act.reason : '';
  return { target: targetOf(act), reason };
}

function targetOf(act: SessionAction): string {
  switch (act.do) {
    case 'speaker':
    case 'floor':
    case 'dismiss':
    case 'mute':
    case 'ban':
      return act.handle;
    case 'answered':
    case 'approve':
    case 'hide':
      return String(act.questionId);
    case 'merge':
      return `${act.questionId}>${act.into}`;
    case 'pollClose':
      return String(act.pollId);
    case 'deleteMessage':
      return String(act.messageId);
    case 'resolveReport':
      return String(act.reportId);
    case 'page':
      return String(act.page);
    case 'screen':
      return act.screen.mode === 'slides' ? `slides:${act.screen.deckId}` : act.screen.mode;
    default:
      return '';
  }
}
