/** Who is signed in, and the way out. */
import { useI18n } from '../i18n/i18n.tsx';
import { useSignOut } from '../auth/session.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { useWaitingEntries } from '../offline/waiting.ts';

export function UserMenu({ name }: { name: string }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  // Signing out clears the phone: activities not yet sent would be lost, so ask first.
  const waiting = useWaitingEntries().data?.length ?? 0;
  return (
    <div className="user-menu">
      <span className="user-name">
        <span className="ds-sr-only">{t.header.signedInAs} </span>
        {name}
      </span>
      {waiting ? (
        <ConfirmButton question={t.offline.signOutConfirm(waiting)} onConfirm={() => signOut.mutate()}>
          {t.header.signOut}
        </ConfirmButton>
      ) : (
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
      )}
    </div>
  );
}
