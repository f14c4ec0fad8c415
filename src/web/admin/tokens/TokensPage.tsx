/** Administration › API-nycklar: create a token (shown once), list them, revoke. */
import { useState } from 'react';
import { useI18n, formatDateTime, type Localized } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { byId, keys, useApiMutation, useOrganisations, useTokens } from '../../api/queries.ts';
import type { ApiToken } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { apiFormErrors, type FormError } from '../../ui/form-errors.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewTokenNotice } from './NewTokenNotice.tsx';

function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useI18n();
  const orgs = byId(useOrganisations().data);
  return (
    <TableScroll label={t.tokens.listHeading}>
      <table className="ds-table" data-border>
        <thead>
          <tr>
            <th scope="col">{t.tokens.name}</th>
            <th scope="col">{t.tokens.organisation}</th>
            <th scope="col">{t.tokens.role}</th>
            <th scope="col">{t.tokens.prefix}</th>
            <th scope="col">{t.tokens.created}</th>
            <th scope="col">{t.tokens.lastUsed}</th>
            <th scope="col">{t.tokens.revoked}</th>
            <th scope="col">{t.tokens.actions}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((tok) => (
            <tr key={tok.id}>
              <td>{tok.name}</td>
              <td>{orgs.get(tok.organisationId)?.name ?? tok.organisationId}</td>
              <td>{t.roles[tok.role]}</td>
              <td>
                <code>{tok.prefix}…</code>
              </td>
              <td className="nowrap">{formatDateTime(tok.createdAt)}</td>
              <td className="nowrap">{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t.tokens.never}</td>
              <td className="nowrap">{tok.revokedAt ? formatDateTime(tok.revokedAt) : t.tokens.notRevoked}</td>
              <td>
                {!tok.revokedAt && (
                  <ConfirmButton
                    label={t.tokens.revokeLabel(tok.name)}
                    question={t.tokens.revokeConfirm(tok.name)}
                    onConfirm={() => onRevoke(tok)}
                  >
                    {t.tokens.revoke}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function TokensPage() {
  const { t, lang } = useI18n();
  const tokens = useTokens();
  const [created, setCreated] = useState<string | null>(null);
  const [notice, setNotice] = useState<Localized | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const revoke = useApiMutation((id: string) => api<ApiToken>('POST', `/api/v1/tokens/${id}/revoke`), [keys.tokens]);
  const onRevoke = (token: ApiToken) => {
    setErrors([]);
    revoke.mutate(token.id, {
      // A function in setState would be taken as an updater: wrap it.
      onSuccess: () => setNotice(() => (tr: typeof t) => tr.tokens.revokedDone(token.name)),
      onError: (error) => setErrors(apiFormErrors(error)),
    });
  };
  return (
    <>
      <PageHeading>{t.tokens.title}</PageHeading>
      <p>{t.tokens.intro}</p>
      {created ? (
        <NewTokenNotice token={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm
          onCreated={(token) => {
            setNotice(null);
            setCreated(token);
          }}
        />
      )}
      <h2 className="ds-heading" data-size="sm">
        {t.tokens.listHeading}
      </h2>
      <ErrorSummary errors={errors} />
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <LoadError error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <p>{t.tokens.none}</p>
      ) : (
        <TokenTable tokens={tokens.data} onRevoke={onRevoke} />
      )}
    </>
  );
}
