// The reactions bar: five big icon buttons (SVG, icons/ReactionIcon.tsx) (applause, thumbs up, heart, laugh, wow). The server
// rate-limits them and echoes every reaction to the whole session (ReactionsOverlay shows them).
import { useTranslation } from 'react-i18next';
import { REACTIONS } from '../../../../shared/protocol.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { ReactionIcon } from '../icons/ReactionIcon.tsx';

export function ReactionBar() {
  const { t } = useTranslation();
  return (
    <fieldset className="session-reactions">
      <legend className="sr-only">{t('session.react.label')}</legend>
      {REACTIONS.map((kind) => (
        <button
          key={kind}
          type="button"
          title={t(`session.react.${kind}`)}
          aria-label={t(`session.react.${kind}`)}
          onClick={() => useStageStore.getState().react(kind)}
        >
          <ReactionIcon kind={kind} />
        </button>
      ))}
    </fieldset>
  );
}
