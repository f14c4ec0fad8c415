/** A titled list of file links (PDF, Word, CSV …): the downloads section of the promise and follow-up pages. */
export interface Download {
  href: string;
  label: string;
}

export function DownloadList({ id, heading, links }: { id: string; heading: string; links: readonly Download[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="sm">
        {heading}
      </h2>
      <ul className="download-list">
        {links.map((link) => (
          <li key={link.href}>
            <a className="ds-link" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
