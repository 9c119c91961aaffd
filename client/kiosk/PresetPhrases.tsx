// On a kiosk there is no keyboard: instead of free-text chat, a row of preset phrases (in the
// kiosk's language) that send as a chat line with one tap.
import { useTranslation } from 'react-i18next';

export const PHRASES = ['hello', 'thanks', 'agree', 'question', 'great', 'bye'] as const;

export function PresetPhrases({ onSend }: { onSend: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="preset-phrases" aria-label={t('kiosk.phrases')}>
      {PHRASES.map((p) => (
        <button key={p} type="button" onClick={() => onSend(t(`kiosk.phrase.${p}`))}>
          {t(`kiosk.phrase.${p}`)}
        </button>
      ))}
    </fieldset>
  );
}
