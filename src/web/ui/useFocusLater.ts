/**
 * Moves focus to an element after the next render, e.g. to a row just added
 * or to a button that moved, so keyboard and screen reader users keep their
 * place. The element is also scrolled into view: it may already have focus
 * (a closing dialog gives it back) while a message shown above it in the same
 * render pushed it down, and focusing a focused element scrolls nothing.
 */
import { useEffect, useState } from 'react';

export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
    setTarget(null);
  }, [target]);
  return setTarget;
}
