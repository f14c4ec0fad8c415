/**
 * The page's h1. It can take focus (the layout moves focus here on every
 * route change) and it sets the document title.
 */
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useI18n();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? t.pageTitle(text) : t.productName;
  }, [text, t]);
  return (
    <h1 className="ds-heading page-heading" data-size="lg" tabIndex={-1}>
      {children}
    </h1>
  );
}

/** Moves focus to the page's h1, for screen reader and keyboard users after a client-side navigation. */
export function focusPageHeading(): void {
  const h1 = document.querySelector<HTMLElement>('main h1');
  h1?.focus({ preventScroll: false });
}
