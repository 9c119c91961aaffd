// Panggung (hosts and admins): open/end the session, what the screen shows, the hand queue, speakers
// and polls. Every button sends one `act`; the server checks the right again and answers refusals
// with a notice. Marking questions answered is in the Tanya tab (hosts see the button there). Once the
// session has ended only the notice about the minutes remains.
import { useStageStore } from '../../../../stores/useStageStore.ts';
import { HandQueue } from './HandQueue.tsx';
import { PollControl } from './PollControl.tsx';
import { RecordingControl } from './RecordingControl.tsx';
import { ScreenControl } from './ScreenControl.tsx';
import { SessionControls } from './SessionControls.tsx';
import { Speakers } from './Speakers.tsx';

export function HostPanel() {
  const ended = useStageStore((s) => s.info.phase === 'ended');
  return (
    <div className="session-tab session-host">
      <SessionControls />
      {!ended && (
        <>
          <ScreenControl />
          <RecordingControl />
          <HandQueue />
          <Speakers />
          <PollControl />
        </>
      )}
    </div>
  );
}
