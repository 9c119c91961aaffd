// A loudspeaker with sound waves (for "Ketuk untuk suara") as inline SVG in the text colour, 1em
// square: shows on every device, with or without an emoji font. Decorative.
export function SpeakerIcon() {
  return (
    <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9.5h4l5-4.5v14l-5-4.5H3z" fill="currentColor" />
      <path
        d="M15.5 8.8a4.5 4.5 0 0 1 0 6.4M18.3 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
