import type { ReactNode } from 'react';

/** A wide table scrolls sideways at 360 px in a region keyboard users can focus and scroll. */
export const ScrollTable = ({ label, children }: { label: string; children: ReactNode }) => (
  // Focusable so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
  // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
  <section className="table-scroll" aria-label={label} tabIndex={0}>
    {children}
  </section>
);
