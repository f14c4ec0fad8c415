/** Administration › Användare: everyone the admin may see, searchable, with memberships and status. */
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useUsers } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TextField } from '../../ui/fields.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

function matches(user: User, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return !needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle);
}

function UserRow({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <tr>
      <td>
        <Link className="ds-link" to={`/admin/anvandare/${user.id}`}>
          {user.name}
        </Link>
      </td>
      <td className="break">{user.email}</td>
      <td>
        <ul className="plain-list">
          {user.memberships.map((m) => (
            <li key={m.id}>
              {m.organisationName} – {t.roles[m.role]}
            </li>
          ))}
        </ul>
      </td>
      <td>
        {user.disabled ? (
          <span className="ds-tag" data-color="danger">
            {t.users.disabled}
          </span>
        ) : (
          <span className="ds-tag" data-color="success">
            {t.users.active}
          </span>
        )}
        {!user.hasPassword && <span className="muted"> ({t.users.noPassword})</span>}
      </td>
    </tr>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const users = useUsers();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const shown = (users.data ?? []).filter((u) => matches(u, q));
  return (
    <>
      <PageHeading>{t.users.title}</PageHeading>
      <p>{t.users.intro}</p>
      <p>
        <Link className="ds-button" data-variant="primary" to="/admin/anvandare/ny">
          {t.users.create}
        </Link>
      </p>
      <div className="filters">
        <TextField
          id="user-search"
          type="search"
          label={t.users.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <LoadError error={users.error} />
      ) : (
        <>
          <p role="status">{t.users.count(shown.length)}</p>
          {shown.length === 0 ? (
            <p>{t.users.noneFound}</p>
          ) : (
            <TableScroll label={t.users.title}>
              <table className="ds-table" data-border>
                <thead>
                  <tr>
                    <th scope="col">{t.users.name}</th>
                    <th scope="col">{t.users.email}</th>
                    <th scope="col">{t.users.memberships}</th>
                    <th scope="col">{t.users.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((u) => (
                    <UserRow key={u.id} user={u} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
