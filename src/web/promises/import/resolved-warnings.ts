/**
 * The import's warnings that still hold for the draft as the user saves it:
 * a warning the user has resolved in the editor (set the period, picked a
 * kommun, named who is responsible, gave a vague commitment a target or
 * removed it) is not saved with the draft, where it would keep asking for a
 * fix already made. Warnings this cannot check (a commitment left out of the
 * text, a language warning) are kept.
 */
import type { PromiseSetDocument } from '../../api/promises.ts';

type Commitment = PromiseSetDocument['focusAreas'][number]['commitments'][number];

/** How the importer quotes a commitment in a warning (domain/promise-import/text.ts excerpt). */
function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function stillVague(quoted: string, commitments: Commitment[]): boolean {
  const same = commitments.find((c) => excerpt(c.text) === quoted);
  return same !== undefined && same.target.kind === 'none';
}

/** One warning, as it reads for the saved document, or null when it no longer holds. */
function recheck(warning: string, doc: PromiseSetDocument, commitments: Commitment[]): string | null {
  if (/^Inga (åtaganden|löften) hittades/u.test(warning)) return commitments.length === 0 ? warning : null;
  if (/^Löftets giltighetsperiod/u.test(warning)) return doc.period ? null : warning;
  if (/^Ingen kommun kunde identifieras|^Kommunen ".*" kunde inte kopplas/u.test(warning))
    return doc.municipalities.length > 0 ? null : warning;
  if (/^\d+ av \d+ åtaganden? saknar utpekad ansvarig part/u.test(warning)) {
    const missing = commitments.filter((c) => c.responsible.length === 0).length;
    const of = commitments.length;
    return missing === 0
      ? null
      : `${missing} av ${of} ${of === 1 ? 'åtagande' : 'åtaganden'} saknar utpekad ansvarig part.`;
  }
  const vague = /^Vagt formulerat åtagande utan mätbart mål: "(.*)"$/u.exec(warning);
  if (vague) return stillVague(vague[1] ?? '', commitments) ? warning : null;
  return warning;
}

export function unresolvedWarnings(warnings: readonly string[], doc: PromiseSetDocument): string[] {
  const commitments = doc.focusAreas.flatMap((a) => a.commitments);
  return warnings.map((w) => recheck(w, doc, commitments)).filter((w): w is string => w !== null);
}
