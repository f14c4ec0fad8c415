/**
 * Lets a wide table scroll sideways on a narrow screen instead of the page.
 * The region is focusable and named so keyboard users can scroll it too.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
