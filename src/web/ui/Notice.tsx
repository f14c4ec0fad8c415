/**
 * A polite live region for "saved" style messages. The region is always in
 * the page so screen readers hear the text when it appears.
 */
import type { ReactNode } from 'react';

export function Notice({
  children,
  color = 'success',
}: {
  children?: ReactNode;
  color?: 'success' | 'info' | 'warning';
}) {
  return (
    <div role="status" className="notice-region">
      {children ? (
        <div className="ds-alert" data-color={color}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
