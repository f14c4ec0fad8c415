/** The main navigation: the features' entries (features.ts), each shown to whom its manifest says. */
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import type { User } from '../api/types.ts';
import { FEATURES } from '../features.ts';
import type { NavEntry } from '../feature.ts';

export const NAV: readonly NavEntry[] = FEATURES.flatMap((f) => (f.nav ? [f.nav] : []));

export function MainNav({ user }: { user: User }) {
  const { t } = useI18n();
  const entries = NAV.filter((e) => e.shownTo?.(user) ?? true);
  return (
    <nav className="main-nav" aria-label={t.nav.label}>
      <ul className="wrap">
        {entries.map((e) => (
          <li key={e.path}>
            <NavLink to={e.path} end={e.path === '/'}>
              {t.nav[e.label]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
