/**
 * Moves focus to an element after the next render, e.g. to a row just added
 * or to a button that moved, so keyboard and screen reader users keep their
 * place. The element is also scrolled into view: it may already have focus
 * (a closing dialog gives it back) while a message shown above it in the same
 * render pushed it down, and focusing a focused element scrolls nothing.
 * A layout effect: the focus moves in the same commit as the message that
 * comes with it (Preact runs plain effects only after the next frame, and a
 * busy phone may show the message with the focus still on the old button).
 */
import { useLayoutEffect, useState } from 'react';

export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
    setTarget(null);
  }, [target]);
  return setTarget;
}
