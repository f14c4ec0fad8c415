/** How the activity CSV looks, and a ready template per promise set. */
import { useI18n } from '../i18n/i18n.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';

export function FormatHelp() {
  const { t } = useI18n();
  const u = t.upload;
  return (
    <section aria-labelledby="format-heading">
      <h2 id="format-heading" className="ds-heading" data-size="sm">
        {u.formatHeading}
      </h2>
      <p>{u.formatIntro}</p>
      <TableScroll label={u.formatCaption}>
        <table className="ds-table" data-border>
          <caption className="ds-sr-only">{u.formatCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{u.column}</th>
              <th scope="col">{u.content}</th>
              <th scope="col">{u.required}</th>
            </tr>
          </thead>
          <tbody>
            {u.columns.map(([name, meaning, required]) => (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>{meaning}</td>
                <td>{required ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <pre className="csv-example">
        åtagande;datum;antal;platser;anteckning;utfall:kontakter{'\n'}…;2026-03-10;1;Centrum;Kväll vid torget;12
      </pre>
    </section>
  );
}

export function Templates({ sets }: { sets: readonly { id: string; title: string; href: string }[] }) {
  const { t } = useI18n();
  const u = t.upload;
  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading" className="ds-heading" data-size="sm">
        {u.templatesHeading}
      </h2>
      {sets.length === 0 ? (
        <p>{u.noTemplates}</p>
      ) : (
        <>
          <p>{u.templatesIntro}</p>
          <ul className="link-list">
            {sets.map((s) => (
              <li key={s.id}>
                <a className="ds-link" href={s.href} download>
                  {u.template(s.title)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
