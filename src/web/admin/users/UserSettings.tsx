/** The parts of a user's page that change the account itself: name, disabled, and the password (one's own, or a link for someone else). */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { keys, useApiMutation } from '../../api/queries.ts';
import type { PasswordLinkSent, UpdateUserBody, User } from '../../api/types.ts';
import { TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

type Patch = Pick<UpdateUserBody, 'name' | 'disabled'>;

function useUpdateUser(user: User) {
  return useApiMutation(
    (patch: Patch) => api<User>('PATCH', `/api/v1/users/${user.id}`, patch),
    [keys.users, keys.user(user.id)],
  );
}

export function NameForm({ user }: { user: User }) {
  const { t } = useI18n();
  const update = useUpdateUser(user);
  const [name, setName] = useState(user.name);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = name.trim() ? [] : [{ fieldId: 'edit-name', message: (t) => t.required(t.users.name) }];
    setErrors(found);
    if (found.length) return;
    update.mutate(
      { name: name.trim() },
      {
        onError: (error) => setErrors(apiFormErrors(error, { name: 'edit-name' })),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <TextField
        id="edit-name"
        label={t.users.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(errors, 'edit-name')}
      />
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>
        {t.userPage.saveName}
      </button>
      <Notice>{update.isSuccess ? t.userPage.nameSaved : null}</Notice>
    </form>
  );
}

export function AccountStatus({ user }: { user: User }) {
  const { t } = useI18n();
  const update = useUpdateUser(user);
  const [errors, setErrors] = useState<FormError[]>([]);
  const change = (disabled: boolean) => {
    setErrors([]);
    update.mutate({ disabled }, { onError: (error) => setErrors(apiFormErrors(error)) });
  };
  const done = update.isSuccess ? (update.data.disabled ? t.userPage.disabledDone : t.userPage.enabledDone) : null;
  return (
    <>
      <ErrorSummary errors={errors} />
      <p>{user.disabled ? t.userPage.disabledText : t.userPage.activeText}</p>
      {user.disabled ? (
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-busy={update.isPending || undefined}
          onClick={() => change(false)}
        >
          {t.userPage.enable}
        </button>
      ) : (
        <ConfirmButton question={t.userPage.disableConfirm(user.name)} onConfirm={() => change(true)}>
          {t.userPage.disable}
        </ConfirmButton>
      )}
      <Notice>{done}</Notice>
    </>
  );
}

/** One's own password, with the current one (the API asks for it). */
export function OwnPasswordForm({ user }: { user: User }) {
  const { t } = useI18n();
  const update = useApiMutation(
    (patch: Required<Pick<UpdateUserBody, 'password' | 'currentPassword'>>) =>
      api<User>('PATCH', `/api/v1/users/${user.id}`, patch),
    [keys.user(user.id)],
  );
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!current) found.push({ fieldId: 'current-password', message: (t) => t.required(t.userPage.currentPassword) });
    if (password.length < 10) found.push({ fieldId: 'new-password', message: (t) => t.passwordTooShort });
    setErrors(found);
    if (found.length) return;
    update.mutate(
      { password, currentPassword: current },
      {
        onSuccess: () => {
          setPassword('');
          setCurrent('');
        },
        onError: (error) =>
          setErrors(apiFormErrors(error, { currentPassword: 'current-password', password: 'new-password' })),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <p>{t.userPage.ownPasswordText}</p>
      <ErrorSummary errors={errors} />
      <TextField
        id="current-password"
        label={t.userPage.currentPassword}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={fieldError(errors, 'current-password')}
      />
      <TextField
        id="new-password"
        label={t.userPage.newPassword}
        hint={t.userPage.passwordHint}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError(errors, 'new-password')}
      />
      <button type="submit" className="ds-button" data-variant="secondary" aria-busy={update.isPending || undefined}>
        {t.userPage.setPassword}
      </button>
      <Notice>{update.isSuccess ? t.userPage.passwordDone : null}</Notice>
    </form>
  );
}

/** Someone else's password: the admin sends a link to the account's own address and never sees the password. */
export function SendPasswordLink({ user }: { user: User }) {
  const { t } = useI18n();
  const send = useApiMutation(
    () => api<PasswordLinkSent>('POST', `/api/v1/users/${user.id}/password-link`),
    [keys.user(user.id)],
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  return (
    <>
      <p>{t.userPage.linkText}</p>
      <ErrorSummary errors={errors} />
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        aria-busy={send.isPending || undefined}
        onClick={() => {
          setErrors([]);
          send.mutate(undefined, { onError: (error) => setErrors(apiFormErrors(error)) });
        }}
      >
        {t.userPage.sendLink}
      </button>
      <Notice>{send.isSuccess ? t.userPage.linkSent(send.data.sentTo, send.data.validHours) : null}</Notice>
    </>
  );
}
