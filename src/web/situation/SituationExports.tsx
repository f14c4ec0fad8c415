/** Downloads of the lägesbild, labelled so no one sends the internal version outside the working group by mistake. */
import { useI18n } from '../i18n/i18n.tsx';
import { situationExports } from '../api/situation.ts';

export function SituationExports({ kommun, year }: { kommun: string; year: number }) {
  const { t } = useI18n();
  const s = t.situation;
  const links = situationExports(kommun, year);
  return (
    <section aria-labelledby="exports-heading">
      <h2 id="exports-heading" className="ds-heading" data-size="sm">
        {s.exportsHeading}
      </h2>
      <div className="export-groups">
        <div>
          <h3 className="ds-heading" data-size="2xs">
            {s.publicVersion}
          </h3>
          <p className="small">{s.publicHint}</p>
          <ul className="download-list">
            <li>
              <a className="ds-link" href={links.publicPdf}>
                {s.download(s.publicVersion, 'PDF')}
              </a>
            </li>
            <li>
              <a className="ds-link" href={links.publicDocx}>
                {s.download(s.publicVersion, 'Word')}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h3 className="ds-heading" data-size="2xs">
            {s.internalVersion}
          </h3>
          <p className="small">{s.internalHint}</p>
          <ul className="download-list">
            <li>
              <a className="ds-link" href={links.internalPdf}>
                {s.download(s.internalVersion, 'PDF')}
              </a>
            </li>
            <li>
              <a className="ds-link" href={links.internalDocx}>
                {s.download(s.internalVersion, 'Word')}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
