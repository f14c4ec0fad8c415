/** /app/logga-in: e-mail and password, and the organisation's single sign-on when one is set up. */
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { useAuthOptions, useSession, useSignIn } from './session.tsx';

interface SignInState {
  from?: string;
  signedOut?: boolean;
  passwordChanged?: boolean;
}

/** The organisation's single sign-on, when the server has one; it returns the user to where they were heading. */
function OidcSignIn({ target }: { target: string }) {
  const { t } = useI18n();
  const options = useAuthOptions();
  const oidc = options.data?.oidc;
  if (!oidc) return null;
  const href = `${oidc.url}${oidc.url.includes('?') ? '&' : '?'}returnTo=${encodeURIComponent(`/app${target}`)}`;
  return (
    <div className="oidc">
      <p className="divider-text">{t.signIn.or}</p>
      <a className="ds-button" data-variant="secondary" href={href}>
        {t.signIn.withOidc(oidc.label)}
      </a>
    </div>
  );
}

/** A failed single sign-on comes back as ?fel=<code>. */
function oidcError(code: string | null): FormError[] {
  if (!code) return [];
  return [{ message: (t) => t.signIn.oidcErrors[code] ?? t.signIn.oidcErrorFallback }];
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const signIn = useSignIn();
  const state = (useLocation().state ?? {}) as SignInState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [searchParams] = useSearchParams();
  const [errors, setErrors] = useState<FormError[]>(() => oidcError(searchParams.get('fel')));
  const target = state.from && state.from.startsWith('/') ? state.from : '/';

  // Signed in already, or just now: go where the user was heading.
  if (session.data) return <Navigate to={target} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!email.trim()) found.push({ fieldId: 'email', message: (t) => t.required(t.signIn.email) });
    if (!password) found.push({ fieldId: 'password', message: (t) => t.required(t.signIn.password) });
    setErrors(found);
    if (found.length) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };

  const notice = state.passwordChanged ? t.signIn.passwordChanged : state.signedOut ? t.signIn.signedOut : null;
  return (
    <div className="narrow">
      <PageHeading>{t.signIn.title}</PageHeading>
      <p>{t.signIn.intro}</p>
      <Notice>{notice}</Notice>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="email"
          label={t.signIn.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(errors, 'email')}
        />
        <TextField
          id="password"
          label={t.signIn.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(errors, 'password')}
        />
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={signIn.isPending || undefined}>
            {signIn.isPending ? t.signIn.submitting : t.signIn.submit}
          </button>
          <Link className="ds-link" to="/glomt-losenord">
            {t.signIn.forgot}
          </Link>
        </div>
      </form>
      <OidcSignIn target={target} />
    </div>
  );
}
