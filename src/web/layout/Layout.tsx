/**
 * The frame around every page: skip link, header, the main navigation for
 * signed-in users, and <main>. Moves focus to the new page's h1 after each
 * client-side navigation, once the page shows it (a page still loading has
 * none), so screen readers announce where the user is.
 */
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../auth/session.tsx';
import { focusHeadingAfterNavigation } from '../ui/PageHeading.tsx';
import { PageOutlet } from '../ui/lazyPage.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';
import { MainNav } from './MainNav.tsx';

function useFocusOnRouteChange() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeadingAfterNavigation();
  }, [pathname]);
}

export function Layout() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user;
  useFocusOnRouteChange();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            {t.productName}
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {user && <UserMenu name={user.name} />}
          </div>
        </div>
        {user && <MainNav user={user} />}
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <PageOutlet />
      </main>
    </>
  );
}
