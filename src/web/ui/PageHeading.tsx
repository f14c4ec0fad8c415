/**
 * The page's h1. It can take focus (after a client-side route change focus
 * moves here, see focusHeadingAfterNavigation) and it sets the document title.
 */
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A route change whose page has no h1 yet (its chunk or its data is still
 * loading), with what had focus when the route changed. The h1 takes focus
 * when it mounts, unless the user has moved focus somewhere else meanwhile.
 */
let pending: { from: Element | null } | null = null;

function takePendingFocus(h1: HTMLElement): void {
  if (!pending) return;
  const { from } = pending;
  pending = null;
  const now = document.activeElement;
  const lost = !now || now === document.body || now === from || !from?.isConnected || now.id === 'main';
  if (lost) h1.focus();
}

export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useI18n();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? t.pageTitle(text) : t.productName;
  }, [text, t]);
  return (
    <h1
      ref={(h1) => {
        if (h1) takePendingFocus(h1);
      }}
      className="ds-heading page-heading"
      data-size="lg"
      tabIndex={-1}
    >
      {children}
    </h1>
  );
}

/** Moves focus to the page's h1, for screen reader and keyboard users after a client-side navigation. */
export function focusPageHeading(): void {
  const h1 = document.querySelector<HTMLElement>('main h1');
  h1?.focus({ preventScroll: false });
}

/**
 * After a client-side route change: focus the new page's h1 now if it is
 * shown, else as soon as it mounts (the page is still loading).
 */
export function focusHeadingAfterNavigation(): void {
  pending = { from: document.activeElement };
  const h1 = document.querySelector<HTMLElement>('main h1');
  if (h1) takePendingFocus(h1);
}
