/** Dialog och enkäter: a sub-navigation over dialogues, trygghetsvandringar, open actions, EST, surveys, statistics and the kommun's areas. */
import { NavLink } from 'react-router';
import { PageOutlet } from '../ui/lazyPage.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const PAGES = [
  { key: 'dialogues', path: '/dialog', end: true },
  { key: 'walks', path: '/dialog/trygghetsvandringar', end: false },
  { key: 'actions', path: '/dialog/atgarder', end: false },
  { key: 'est', path: '/dialog/est', end: false },
  { key: 'surveys', path: '/dialog/enkater', end: false },
  { key: 'statistics', path: '/dialog/statistik', end: false },
  { key: 'areas', path: '/dialog/omraden', end: false },
] as const;

export function DialogueLayout() {
  const { t } = useI18n();
  return (
    <div className="admin">
      <nav className="sub-nav" aria-label={t.dialogueNav.label}>
        <ul>
          {PAGES.map((p) => (
            <li key={p.key}>
              <NavLink to={p.path} end={p.end}>
                {t.dialogueNav[p.key]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <PageOutlet />
      </div>
    </div>
  );
}
