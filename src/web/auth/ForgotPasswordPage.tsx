/** /app/glomt-losenord: asks for a reset link by e-mail. The answer never reveals whether the account exists. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { api, type ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import type { PasswordResetAnswer as ResetAnswer } from '../api/types.ts';

export function ForgotPasswordPage() {
  const { t, pick } = useI18n();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const request = useMutation<ResetAnswer, ApiError, string>({
    mutationFn: (address) => api<ResetAnswer>('POST', '/api/v1/auth/password-reset', { email: address }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = email.trim() ? [] : [{ fieldId: 'email', message: (t) => t.required(t.signIn.email) }];
    setErrors(found);
    if (found.length) return;
    request.mutate(email.trim(), { onError: (error) => setErrors(apiFormErrors(error, { email: 'email' })) });
  };

  return (
    <div className="narrow">
      <PageHeading>{t.forgot.title}</PageHeading>
      <p>{t.forgot.intro}</p>
      <Notice>{request.data ? pick(request.data) : null}</Notice>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="email"
          label={t.signIn.email}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(errors, 'email')}
        />
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={request.isPending || undefined}>
            {t.forgot.submit}
          </button>
          <Link className="ds-link" to="/logga-in">
            {t.forgot.back}
          </Link>
        </div>
      </form>
    </div>
  );
}
