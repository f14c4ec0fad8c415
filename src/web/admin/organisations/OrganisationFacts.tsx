/** Read-only facts about an organisation: kind, code, where it belongs, what it covers, its public page. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { Organisation } from '../../api/types.ts';

export function OrganisationFacts({ org, orgs }: { org: Organisation; orgs: Map<string, Organisation> }) {
  const { t } = useI18n();
  const parent = org.parentId ? orgs.get(org.parentId) : undefined;
  return (
    <section aria-labelledby="facts-heading" className="card-section">
      <h2 id="facts-heading" className="ds-heading" data-size="sm">
        {t.orgForm.facts}
      </h2>
      <dl className="facts">
        <dt>{t.orgs.kind}</dt>
        <dd>{t.kinds[org.kind]}</dd>
        {org.code && (
          <>
            <dt>{t.orgs.code}</dt>
            <dd>{org.code}</dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t.orgs.parent}</dt>
            <dd>{parent.name}</dd>
          </>
        )}
        {org.kind === 'municipality' && org.slug && (
          <>
            <dt>{t.orgForm.publicPage}</dt>
            <dd>
              <a className="ds-link" href={`/kommun/${org.slug}`}>
                /kommun/{org.slug}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
