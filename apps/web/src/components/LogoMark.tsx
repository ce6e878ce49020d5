/**
 * The product mark: a globe inside a shield, in the header and as the favicon (public/favicon.svg). Drawn
 * here rather than taken from the icon set because it is the product's own mark; decorative, since the link
 * around it is labelled.
 */
export function LogoMark({ size = 30 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 2.5 20 5.5v6.2c0 4.6-3.3 8.3-8 9.8-4.7-1.5-8-5.2-8-9.8V5.5l8-3Z" />
      <circle cx="12" cy="11.5" r="4.6" />
      <path d="M7.4 11.5h9.2M12 6.9c1.3 1.3 1.9 2.8 1.9 4.6s-.6 3.3-1.9 4.6c-1.3-1.3-1.9-2.8-1.9-4.6s.6-3.3 1.9-4.6Z" />
    </svg>
  );
}
