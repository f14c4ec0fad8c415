/** The signed-in user's organisations and roles, at the foot of the overview. */
import { useI18n } from '../i18n/i18n.tsx';
import type { User } from '../api/types.ts';
import { TableScroll } from '../ui/TableScroll.tsx';

export function Memberships({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="memberships-heading">
      <h2 id="memberships-heading" className="ds-heading" data-size="sm">
        {t.overview.membershipsHeading}
      </h2>
      {user.memberships.length === 0 ? (
        <p>{t.overview.noMemberships}</p>
      ) : (
        <TableScroll label={t.overview.membershipsHeading}>
          <table className="ds-table" data-border>
            <thead>
              <tr>
                <th scope="col">{t.overview.organisation}</th>
                <th scope="col">{t.overview.role}</th>
              </tr>
            </thead>
            <tbody>
              {user.memberships.map((m) => (
                <tr key={m.id}>
                  <td>{m.organisationName}</td>
                  <td>{t.roles[m.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
