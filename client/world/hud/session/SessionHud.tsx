// Everything drawn over the hall while in a public session (DOM overlay): the top bar, the floor
// holder's caption, reactions, the "tap for sound" button of a video screen, and the session panel
// (a side panel on desktop, a bottom sheet on phones). A refused join shows JoinError instead.
// Re-renders on stage, view and connection changes only (stores), never on motion.
import { useConnectionStore } from '../../../stores/useConnectionStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { Notice } from '../Notice.tsx';
import { JoinError } from './JoinError.tsx';
import { ReactionBar } from './ReactionBar.tsx';
import { ReactionsOverlay } from './ReactionsOverlay.tsx';
import { SessionPanel } from './SessionPanel.tsx';
import { SessionTopBar } from './SessionTopBar.tsx';
import { VideoSound } from './VideoSound.tsx';
import { VoiceBar } from './voice/VoiceBar.tsx';

export function SessionHud() {
  const error = useConnectionStore((s) => (s.status === 'error' ? s.error : null));
  const ended = useStageStore((s) => s.info.phase === 'ended');
  return (
    <div className="hud session-hud">
      <SessionTopBar />
      {error ? (
        <JoinError errorKey={error} />
      ) : (
        <>
          <VideoSound />
          <VoiceBar />
          <ReactionsOverlay />
          {!ended && <ReactionBar />}
          <SessionPanel />
        </>
      )}
      <Notice />
    </div>
  );
}
