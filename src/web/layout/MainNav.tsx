/** The seven areas of the product; Administration only for those who hold an admin role somewhere. */
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { isAdmin, type User } from '../api/types.ts';
import type { Messages } from '../i18n/sv.ts';

type NavKey = Exclude<keyof Messages['nav'], 'label'>;

export const AREAS: readonly { key: NavKey; path: string }[] = [
  { key: 'overview', path: '/' },
  { key: 'promises', path: '/loften' },
  { key: 'activities', path: '/aktiviteter' },
  { key: 'dialogue', path: '/dialog' },
  { key: 'situation', path: '/lagesbild' },
  { key: 'followUp', path: '/uppfoljning' },
  { key: 'admin', path: '/admin' },
];

export function MainNav({ user }: { user: User }) {
  const { t } = useI18n();
  const areas = AREAS.filter((a) => a.key !== 'admin' || isAdmin(user));
  return (
    <nav className="main-nav" aria-label={t.nav.label}>
      <ul className="wrap">
        {areas.map((a) => (
          <li key={a.key}>
            <NavLink to={a.path} end={a.path === '/'}>
              {t.nav[a.key]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
