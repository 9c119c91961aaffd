// Obrolan: the session's chat (all shards). Says so at the box when the chat is off, the attendee is
// muted, everyone is muted, or slow mode is on. Staff get "Hapus" on every line; residents
// "Laporkan" (with a short reason) on others' lines.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../../shared/format.ts';
import { CHAT_MAX_CHARS } from '../../../../shared/limits.ts';
import type { ChatLine } from '../../../../shared/protocol.ts';
import { PresetPhrases } from '../../../kiosk/PresetPhrases.tsx';
import { useIsKiosk } from '../../../kiosk/useKioskStore.ts';
import { useChatStore } from '../../../stores/useChatStore.ts';
import { useConnectionStore } from '../../../stores/useConnectionStore.ts';
import { isStaff, useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';

export function SessionChat() {
  const { t } = useTranslation();
  const lines = useChatStore((s) => s.lines);
  const selfId = useConnectionStore((s) => s.selfId);
  const rules = useStageStore((s) => s.chat);
  const you = useSessionViewStore((s) => s.you);
  const kiosk = useIsKiosk();
  const [text, setText] = useState('');
  const [reporting, setReporting] = useState<number | null>(null);
  const log = useRef<HTMLOListElement>(null);
  const shown = lines.filter((l) => l.channel === 'session');
  const staff = isStaff(you);
  const blocked = !staff && (rules.off || rules.mutedAll || you?.muted === true);
  const newest = shown.at(-1)?.id;
  useEffect(() => {
    if (newest !== undefined) log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [newest]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    useChatStore.getState().send(text);
    setText('');
  };
  const note = rules.off
    ? t('session.chat.off')
    : you?.muted
      ? t('session.chat.muted')
      : rules.mutedAll
        ? t('session.chat.mutedAll')
        : rules.slowS > 0
          ? t('session.chat.slow', { seconds: rules.slowS })
          : null;
  return (
    <div className="session-tab session-chat">
      <ol className="chat-log" role="log" aria-live="polite" aria-label={t('session.chat.log')} ref={log}>
        {shown.length === 0 && (
          <li role="none" className="muted">
            {t('session.chat.empty')}
          </li>
        )}
        {shown.map((l) => (
          <ChatRow
            key={l.id}
            line={l}
            own={l.from === you?.handle || l.from === selfId}
            staff={staff}
            reporting={reporting === l.id}
            onReport={setReporting}
          />
        ))}
      </ol>
      {note && (
        <p className="session-chat-note" role="status">
          {note}
        </p>
      )}
      {kiosk ? (
        !blocked && <PresetPhrases onSend={useChatStore.getState().send} />
      ) : (
        <form onSubmit={submit} className="chat-form">
          <label htmlFor="session-chat-input" className="sr-only">
            {t('session.chat.input')}
          </label>
          <input
            id="session-chat-input"
            value={text}
            maxLength={CHAT_MAX_CHARS}
            autoComplete="off"
            disabled={blocked}
            placeholder={t('session.chat.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={blocked}>
            {t('session.chat.send')}
          </button>
        </form>
      )}
    </div>
  );
}

type RowProps = {
  line: ChatLine;
  own: boolean;
  staff: boolean;
  reporting: boolean;
  onReport: (id: number | null) => void;
};

function ChatRow({ line, own, staff, reporting, onReport }: RowProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const report = (e: FormEvent) => {
    e.preventDefault();
    useStageStore
      .getState()
      .act({ do: 'report', target: { kind: 'message', messageId: line.id }, reason: reason.trim() });
    setSent(true);
    onReport(null);
  };
  return (
    <li role="none">
      <span className="chat-name">{own ? t('session.chat.you') : line.name}</span>
      <time dateTime={new Date(line.at).toISOString()}>{formatClock(line.at, i18n.language)}</time>
      <span className="chat-text">{line.text}</span>
      {staff && (
        <button
          type="button"
          className="session-line-action"
          aria-label={t('session.chat.deleteLabel', { name: line.name })}
          onClick={() => useStageStore.getState().act({ do: 'deleteMessage', messageId: line.id })}
        >
          {t('session.chat.delete')}
        </button>
      )}
      {!staff && !own && !sent && !reporting && (
        <button
          type="button"
          className="session-line-action"
          aria-label={t('session.chat.reportLabel', { name: line.name })}
          onClick={() => onReport(line.id)}
        >
          {t('session.chat.report')}
        </button>
      )}
      {sent && <span className="muted small"> · {t('session.chat.reported')}</span>}
      {reporting && (
        <form className="session-row session-report" onSubmit={report}>
          <input
            aria-label={t('session.chat.reportReason')}
            placeholder={t('session.chat.reportReason')}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="session-small">
            {t('session.chat.reportSend')}
          </button>
          <button type="button" className="session-small" onClick={() => onReport(null)}>
            {t('session.chat.reportCancel')}
          </button>
        </form>
      )}
    </li>
  );
}
