/**
 * The signing place and date ("Haparanda 2019-02-11", "Norsjö den" +
 * "2019-01-01") and the signatories below it: name lines and role lines,
 * written either as name/role pairs or as all names, then all roles.
 */
import { resolveMunicipality } from '../municipality/municipality.ts';
import { dayIn } from './dates.ts';
import { stripMarkup, tidy } from './text.ts';

export interface SignatureReading {
  signedAt: string | null;
  signatories: Array<{ name: string; role: string }>;
  warnings: string[];
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const ROLE_HINT =
  /chef|råd|ordförande|strateg|direktör|samordnare|polis|kommun|kommissarie|inspektör|sekreterare|ansvarig|handläggare|styrelse|nämnd|ledamot|region|länsstyrelse|rektor|ledare|ombud/iu;
const DIRECTION = /^(Östra|Västra|Norra|Södra|Mellersta|Centrala)$/u;
const SIGNATURE_LINE = /^[._\-–—\s]{3,}$|^(underskrift|namnteckning|namnförtydligande)$/iu;
/** A line that starts what follows the signatures: "Bilaga 1", "Handlingsplan 2026", a tabbed table row; never a name like "Lappland". */
const STOP = /^(bilaga|bilagor)(?![\p{L}])|^\p{L}*plan(en|er|erna)?(?![\p{L}])|(?<![\p{L}])plan(en)?(?![\p{L}])|\t/iu;

function clean(line: string): string {
  return tidy(stripMarkup(line)).replace(/\t/g, ' ');
}

export function isPersonName(line: string): boolean {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 4 || line.length > 40) return false;
  if (!words.every((w) => NAME_WORD.test(w)) || ROLE_HINT.test(line)) return false;
  return !DIRECTION.test(words[0] ?? '') && !resolveMunicipality(line);
}

function isRole(line: string): boolean {
  return (
    line.length <= 70 &&
    line.split(' ').length <= 8 &&
    !/[.!?]$/u.test(line) &&
    !/\d{4}/u.test(line) &&
    !STOP.test(line)
  );
}

/** The line index and date where the signatures start, or null. */
function findAnchor(lines: string[]): { index: number; date: string; warning: string | null } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > 40) continue;
    const placeDen =
      /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+den$/u.test(line) ||
      /^(ort och datum|datum|undertecknat)\s*:?$/iu.test(line);
    if (placeDen) {
      const j = lines.findIndex((l, k) => k > i && l !== '');
      const day = j > 0 && (lines[j] ?? '').length <= 25 ? dayIn(lines[j] ?? '') : null;
      if (day && namesFollow(lines, j)) return { index: j, date: day.iso, warning: day.warning };
      continue;
    }
    const placeDate = /^(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?|datum:?\s*|den\s+)?[\d]/iu.test(line);
    const day = placeDate ? dayIn(line) : null;
    if (day && namesFollow(lines, i)) return { index: i, date: day.iso, warning: day.warning };
  }
  return null;
}

function namesFollow(lines: string[], i: number): boolean {
  return lines.slice(i + 1, i + 14).some((l) => isPersonName(l) || nameWithRole(l) !== null);
}

type Piece = { kind: 'name' | 'role'; text: string };

/** "Anna Andersson, lokalpolisområdeschef" or "Anna Andersson – kommunalråd" on one line. */
function nameWithRole(line: string): Piece[] | null {
  const m = /^([^,–—]+?)\s*(?:,|\s[–—-]\s)\s*(.+)$/u.exec(line);
  if (!m?.[1] || !m[2] || !isPersonName(m[1]) || !isRole(m[2])) return null;
  return [
    { kind: 'name', text: m[1] },
    { kind: 'role', text: m[2] },
  ];
}

function piecesAfter(lines: string[], from: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = from; i < lines.length && i < from + 30; i++) {
    const line = lines[i] ?? '';
    if (line === '' || SIGNATURE_LINE.test(line)) continue;
    const both = nameWithRole(line);
    if (both) pieces.push(...both);
    else if (isPersonName(line)) pieces.push({ kind: 'name', text: line });
    else if (isRole(line) && pieces.length > 0) pieces.push({ kind: 'role', text: line });
    else if (pieces.length > 0) break;
  }
  return pieces;
}

function pair(pieces: Piece[]): Array<{ name: string; role: string }> {
  const names = pieces.filter((p) => p.kind === 'name').map((p) => p.text);
  const roles = pieces.filter((p) => p.kind === 'role').map((p) => p.text);
  const firstRole = pieces.findIndex((p) => p.kind === 'role');
  const namesFirst = firstRole === names.length && names.length === roles.length;
  if (namesFirst) return names.map((name, k) => ({ name, role: roles[k] ?? '' }));
  const out: Array<{ name: string; role: string }> = [];
  pieces.forEach((p, k) => {
    if (p.kind !== 'name') return;
    const next = pieces[k + 1];
    out.push({ name: p.text, role: next?.kind === 'role' ? next.text : '' });
  });
  return out;
}

export function readSignatures(rawLines: string[]): SignatureReading {
  const lines = rawLines.map(clean);
  const anchor = findAnchor(lines);
  if (!anchor) return { signedAt: null, signatories: [], warnings: [] };
  const signatories = pair(piecesAfter(lines, anchor.index + 1));
  const warnings = anchor.warning ? [anchor.warning] : [];
  const roleless = signatories.filter((s) => s.role === '').map((s) => s.name);
  if (roleless.length > 0) warnings.push(`Ingen roll hittades för undertecknare: ${roleless.join(', ')}.`);
  return { signedAt: anchor.date, signatories, warnings };
}
