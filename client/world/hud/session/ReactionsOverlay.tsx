// Reactions of the whole session floating up over the hall for a moment (CSS animation, at most
// MAX_REACTIONS_SHOWN at once). Decorative: hidden from screen readers.
import { useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { ReactionIcon } from '../icons/ReactionIcon.tsx';

export function ReactionsOverlay() {
  const reactions = useSessionViewStore((s) => s.reactions);
  return (
    <div className="session-float" aria-hidden="true">
      {reactions.map((r) => (
        // Spread over the width by id so bursts do not stack on one spot.
        <span key={r.id} style={{ left: `${10 + ((r.id * 37) % 80)}%` }}>
          <ReactionIcon kind={r.kind} />
        </span>
      ))}
    </div>
  );
}
