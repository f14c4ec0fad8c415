/**
 * A titled list of file links (PDF, Word, CSV …): the downloads section of
 * the promise and follow-up pages. `hrefs` gives each file's address by key,
 * in the order shown; `labels` its link text under the same key.
 */
export function DownloadList<K extends string>({
  id,
  heading,
  hrefs,
  labels,
}: {
  id: string;
  heading: string;
  hrefs: Record<K, string>;
  labels: Record<NoInfer<K>, string>;
}) {
  const keys = Object.keys(hrefs) as K[];
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="sm">
        {heading}
      </h2>
      <ul className="download-list">
        {keys.map((key) => (
          <li key={key}>
            <a className="ds-link" href={hrefs[key]}>
              {labels[key]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
