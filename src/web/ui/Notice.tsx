/**
 * A polite live region for "saved" style messages. The region is always in
 * the page so screen readers hear the text when it appears. A region that
 * mounts with its message (a page opened with "Uppföljningen är gjord" after
 * a create, shown once its data has loaded) is put in the page empty first
 * and given the message a moment later: screen readers announce changes to
 * a live region they already know, not a region that arrives with its text.
 */
import { type ReactNode, useEffect, useState } from 'react';

/** Long enough for screen readers to register the new, empty region before its text arrives. */
const REGISTER_MS = 250;

export function Notice({
  children,
  color = 'success',
}: {
  children?: ReactNode;
  color?: 'success' | 'info' | 'warning';
}) {
  const [registered, setRegistered] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRegistered(true), REGISTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" className="notice-region">
      {registered && children ? (
        <div className="ds-alert" data-color={color}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
