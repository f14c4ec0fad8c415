/**
 * Small status marks drawn as inline SVG rather than emoji or symbol glyphs,
 * which some machines lack or draw in colour of their own. Always beside
 * words that say the same thing, so hidden from screen readers.
 */
export type MarkKind = 'check' | 'dot' | 'triangle' | 'cross' | 'hourglass' | 'pencil' | 'half' | 'dash';

const SHAPES: Record<MarkKind, React.ReactNode> = {
  check: (
    <path
      d="m3 8.5 3.2 3.2L13 4.8"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  dot: <circle cx="8" cy="8" r="4.5" fill="currentColor" />,
  triangle: <path d="M8 2 15 14H1z" fill="currentColor" />,
  cross: <path d="m3.5 3.5 9 9m0-9-9 9" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  hourglass: (
    <path
      d="M3.5 1.5h9M3.5 14.5h9M4.5 1.5c0 4 7 4.5 7 6.5s-7 2.5-7 6.5m7-13c0 4-7 4.5-7 6.5s7 2.5 7 6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    />
  ),
  pencil: (
    <path
      d="m2.5 13.5.8-3.2 7.6-7.6 2.4 2.4-7.6 7.6zM9.6 4l2.4 2.4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    />
  ),
  half: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
    </>
  ),
  dash: <path d="M3.5 8h9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
};

export function Mark({ kind }: { kind: MarkKind }) {
  return (
    <svg
      className="mark"
      data-mark={kind}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[kind]}
    </svg>
  );
}
