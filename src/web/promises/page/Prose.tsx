/** A promise set's prose sections and its signatures, read-only. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { StoredPromiseSet } from '../../api/promises.ts';
import { nameWithRole } from '../../../domain/reader-text.ts';

/** ", kommunstyrelsens ordförande" after the name, unless the role only repeats it. */
function roleBeside(name: string, role: string | null | undefined): string {
  const both = nameWithRole(name, role);
  return both === name.trim() || !role?.trim() ? '' : `, ${role.trim()}`;
}

const SECTIONS = ['introduction', 'problemPicture', 'implementation', 'communication', 'followUp'] as const;

function textOf(set: StoredPromiseSet, key: (typeof SECTIONS)[number]): string | null {
  return key === 'introduction' ? (set.introduction ?? null) : set.sections[key];
}

export function Prose({ set }: { set: StoredPromiseSet }) {
  const { t } = useI18n();
  return (
    <>
      {SECTIONS.map((key) => {
        const text = textOf(set, key);
        if (!text) return null;
        return (
          <section key={key} aria-labelledby={`prose-${key}`}>
            <h2 id={`prose-${key}`} className="ds-heading" data-size="sm">
              {t.promisePage.sections[key]}
            </h2>
            {text.split(/\n\s*\n/).map((para, i) => (
              <p key={i} className="prose">
                {para}
              </p>
            ))}
          </section>
        );
      })}
    </>
  );
}

export function Signatories({ set }: { set: StoredPromiseSet }) {
  const { t } = useI18n();
  const p = t.promisePage;
  return (
    <section aria-labelledby="signatories-heading">
      <h2 id="signatories-heading" className="ds-heading" data-size="sm">
        {p.signatoriesHeading}
      </h2>
      {set.signatories.length === 0 ? (
        <p>{p.noSignatories}</p>
      ) : (
        <ul className="plain-list signatories">
          {set.signatories.map((s, i) => (
            <li key={i}>
              <strong>{s.name}</strong>
              {roleBeside(s.name, s.role)}
              {s.party ? ` (${p.party(s.party)})` : ''}
              {s.signedAt ? ` – ${s.signedAt}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
