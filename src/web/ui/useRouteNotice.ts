/**
 * A message handed over by the page that navigated here ("Sparat som utkast"),
 * read once from the router state and then cleared so a reload does not repeat it.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useRouteNotice<T>(): T | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState<T | null>(() => (location.state as { notice?: T } | null)?.notice ?? null);
  useEffect(() => {
    if ((location.state as { notice?: unknown } | null)?.notice !== undefined) {
      navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [location, navigate]);
  return notice;
}
