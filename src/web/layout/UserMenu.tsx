/** Who is signed in, and the way out. */
import { useI18n } from '../i18n/i18n.tsx';
import { useSignOut } from '../auth/session.tsx';

export function UserMenu({ name }: { name: string }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <div className="user-menu">
      <span className="user-name">
        <span className="ds-sr-only">{t.header.signedInAs} </span>
        {name}
      </span>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-busy={signOut.isPending || undefined}
        onClick={() => signOut.mutate()}
      >
        {t.header.signOut}
      </button>
    </div>
  );
}
