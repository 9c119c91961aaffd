// The icon of each reaction kind (protocol.ts REACTIONS) as inline SVG: the same colours on every
// device, with or without a colour emoji font (Debian kiosks have none). Sized by the font size
// (1em square); decorative: the button around it carries the label.
import type { ReactNode } from 'react';
import type { Reaction } from '../../../../shared/protocol.ts';

const SKIN = '#ffcc4d';
const EDGE = '#d99a1e';
const INK = '#664500';

const face = (features: ReactNode) => (
  <>
    <circle cx="12" cy="12" r="10.5" fill={SKIN} stroke={EDGE} strokeWidth="1" />
    {features}
  </>
);

const SHAPES: Record<Reaction, ReactNode> = {
  applause: (
    <>
      <path d="M4.5 5.5 3 4M12 3.5V1.5M19.5 5.5 21 4" stroke={EDGE} strokeWidth="1.6" strokeLinecap="round" />
      <rect
        x="4.5"
        y="7"
        width="7.5"
        height="14"
        rx="3.75"
        transform="rotate(-18 8.25 14)"
        fill={SKIN}
        stroke={EDGE}
      />
      <rect
        x="12"
        y="7"
        width="7.5"
        height="14"
        rx="3.75"
        transform="rotate(18 15.75 14)"
        fill={SKIN}
        stroke={EDGE}
      />
    </>
  ),
  thumbs: (
    <>
      <rect x="1.5" y="10" width="4.5" height="11.5" rx="1" fill="#3b88c3" />
      <path
        d="M7 10.5 11 3.6c.5-.9 1.5-1.3 2.4-.9.9.4 1.3 1.4 1 2.3L13.3 9H20c1.1 0 2 .9 2 2 0 .5-.2 1-.5 1.3.6.4 1 1 1 1.7 0 .8-.4 1.4-1 1.7.3.4.5.8.5 1.3 0 .8-.5 1.5-1.2 1.8.1.2.2.5.2.8 0 1.1-.9 2-2 2H9c-1.1 0-2-.9-2-2z"
        fill={SKIN}
        stroke={EDGE}
      />
    </>
  ),
  heart: (
    <path
      d="M12 21.5S4.2 16.8 2.3 11.8C.9 8 3.2 3.8 7.1 3.8c2.1 0 3.6 1.1 4.9 2.9 1.3-1.8 2.8-2.9 4.9-2.9 3.9 0 6.2 4.2 4.8 8-1.9 5-9.7 9.7-9.7 9.7z"
      fill="#e0245e"
    />
  ),
  laugh: face(
    <>
      <path
        d="M6.5 9.8q1.6-2.4 3.2 0M14.3 9.8q1.6-2.4 3.2 0"
        stroke={INK}
        strokeWidth="1.5"
        fill="none"
        strokeLinecap="round"
      />
      <path d="M5.8 12.6h12.4q-.6 6-6.2 6t-6.2-6z" fill={INK} />
      <path d="M8 16.6q4-2 8 0-1.5 2-4 2t-4-2z" fill="#ff7892" />
      <path
        d="M3.2 11.2q-2.4 3 0 4.3 2.3-1.2 0-4.3zM20.8 11.2q-2.3 3.1 0 4.3 2.4-1.3 0-4.3z"
        fill="#5dadec"
      />
    </>,
  ),
  wow: face(
    <>
      <ellipse cx="8.4" cy="9.6" rx="1.4" ry="1.9" fill={INK} />
      <ellipse cx="15.6" cy="9.6" rx="1.4" ry="1.9" fill={INK} />
      <ellipse cx="12" cy="16.2" rx="2.6" ry="3.1" fill={INK} />
    </>,
  ),
};

export function ReactionIcon({ kind }: { kind: Reaction }) {
  return (
    <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {SHAPES[kind]}
    </svg>
  );
}
