/**
 * Moves focus to an element after the next render, e.g. to a row just added
 * or to a button that moved, so keyboard and screen reader users keep their place.
 */
import { useEffect, useState } from 'react';

export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
