/** /app/nytt-losenord?token=…: the page the reset e-mail links to. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError } from '../api/client.ts';
import { keys } from '../api/queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import type { PasswordResetConfirmBody } from '../api/types.ts';

const MIN_LENGTH = 10;

export function NewPasswordPage() {
  const { t } = useI18n();
  const token = useSearchParams()[0].get('token') ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const confirm = useMutation<void, ApiError, void>({
    mutationFn: () =>
      api<void>('POST', '/api/v1/auth/password-reset/confirm', { token, password } satisfies PasswordResetConfirmBody),
    onSuccess: () => {
      // The server ends every session of the user; forget ours too.
      client.setQueryData(keys.session, null);
      navigate('/logga-in', { replace: true, state: { passwordChanged: true } });
    },
    onError: (error) => setErrors(apiFormErrors(error, { password: 'new-password' })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (password.length < MIN_LENGTH) found.push({ fieldId: 'new-password', message: (t) => t.passwordTooShort });
    else if (password !== repeat) found.push({ fieldId: 'repeat-password', message: (t) => t.newPassword.mismatch });
    setErrors(found);
    if (!found.length) confirm.mutate();
  };

  return (
    <div className="narrow">
      <PageHeading>{t.newPassword.title}</PageHeading>
      {!token ? (
        <>
          <div className="ds-alert" data-color="warning">
            {t.newPassword.missingToken}
          </div>
          <p>
            <Link className="ds-link" to="/glomt-losenord">
              {t.newPassword.requestNew}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t.newPassword.intro}</p>
          <ErrorSummary errors={errors} />
          <form onSubmit={submit} noValidate className="form">
            <TextField
              id="new-password"
              label={t.newPassword.password}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError(errors, 'new-password')}
            />
            <TextField
              id="repeat-password"
              label={t.newPassword.repeat}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={fieldError(errors, 'repeat-password')}
            />
            <div className="button-row">
              <button
                type="submit"
                className="ds-button"
                data-variant="primary"
                aria-busy={confirm.isPending || undefined}
              >
                {t.newPassword.submit}
              </button>
              <Link className="ds-link" to="/glomt-losenord">
                {t.newPassword.requestNew}
              </Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
