// A raised open hand (for "Angkat tangan") as inline SVG in the text colour, 1em square: shows on
// every device, with or without an emoji font. Decorative: the button's text carries the meaning.
export function HandIcon() {
  return (
    <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M7.5 12.5V5.8a1.4 1.4 0 0 1 2.8 0v5.4V3.9a1.4 1.4 0 0 1 2.8 0v7.3V4.9a1.4 1.4 0 0 1 2.8 0v7.1V7.9a1.4 1.4 0 0 1 2.8 0v7c0 4.2-2.9 7.4-6.9 7.4-2.7 0-4.3-1.3-5.6-3.3l-2.6-4.2c-.7-1.1.6-2.4 1.7-1.6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
