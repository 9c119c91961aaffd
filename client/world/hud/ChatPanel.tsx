// Chat with two channels: plaza (the whole shard) and nearby (within NEARBY_RADIUS_M).
// Lines are plain text in a role="log" region; the input is labelled.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/format.ts';
import { CHAT_MAX_CHARS } from '../../../shared/limits.ts';
import { CHAT_CHANNELS } from '../../../shared/protocol.ts';
import { PresetPhrases } from '../../kiosk/PresetPhrases.tsx';
import { useIsKiosk } from '../../kiosk/useKioskStore.ts';
import { useChatStore } from '../../stores/useChatStore.ts';
import { useConnectionStore } from '../../stores/useConnectionStore.ts';
import { useModerationStore } from '../../stores/useModerationStore.ts';

/** On phones the chat starts folded so the city stays visible. */
const startFolded = () => window.matchMedia('(max-width: 640px)').matches;

export function ChatPanel() {
  const { t, i18n } = useTranslation();
  const { lines, channel, setChannel, send } = useChatStore();
  const selfId = useConnectionStore((s) => s.selfId);
  const openReport = useModerationStore((s) => s.openReport);
  const kiosk = useIsKiosk();
  const [text, setText] = useState('');
  const [folded, setFolded] = useState(startFolded);
  const log = useRef<HTMLOListElement>(null);
  const shown = lines.filter((l) => l.channel === channel);

  const newest = shown.at(-1)?.id;
  useEffect(() => {
    if (newest !== undefined) log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [newest]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    send(text);
    setText('');
  };

  return (
    <section className={`panel chat${folded ? ' folded' : ''}`} aria-label={t('chat.title')}>
      <div className="tabs">
        <button
          type="button"
          className="fold"
          aria-expanded={!folded}
          aria-label={t('chat.title')}
          onClick={() => setFolded(!folded)}
        >
          {folded ? '▴' : '▾'}
        </button>
        {/* The fold button is beside the tab list, not in it: a tab list holds only tabs. */}
        <div role="tablist">
          {CHAT_CHANNELS.map((c) => (
            <button
              key={c}
              type="button"
              role="tab"
              aria-selected={c === channel}
              onClick={() => setChannel(c)}
            >
              {t(`chat.${c}`)}
            </button>
          ))}
        </div>
      </div>
      <ol className="chat-log" role="log" aria-live="polite" aria-label={t('chat.log')} ref={log}>
        {shown.length === 0 && (
          <li role="none" className="muted">
            {t('chat.empty')}
          </li>
        )}
        {shown.map((l) => (
          <li role="none" key={l.id}>
            <span className="chat-name">{l.from === selfId ? t('chat.you') : l.name}</span>
            <time dateTime={new Date(l.at).toISOString()}>{formatClock(l.at, i18n.language)}</time>
            <span className="chat-text">{l.text}</span>
            {l.from !== selfId && (
              <button
                type="button"
                className="chat-report"
                aria-label={t('report.lineLabel', { name: l.name })}
                title={t('report.lineLabel', { name: l.name })}
                onClick={() =>
                  openReport({
                    kind: 'message',
                    messageId: l.id,
                    sessionId: l.from,
                    name: l.name,
                    text: l.text,
                  })
                }
              >
                ⚑
              </button>
            )}
          </li>
        ))}
      </ol>
      {kiosk ? (
        <PresetPhrases onSend={send} />
      ) : (
        <form onSubmit={submit} className="chat-form">
          <label htmlFor="chat-input" className="sr-only">
            {t('chat.input')}
          </label>
          <input
            id="chat-input"
            value={text}
            maxLength={CHAT_MAX_CHARS}
            autoComplete="off"
            placeholder={t(channel === 'plaza' ? 'chat.placeholderPlaza' : 'chat.placeholderNearby')}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">{t('chat.send')}</button>
        </form>
      )}
    </section>
  );
}
