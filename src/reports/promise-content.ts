/**
 * The printed medborgarlöfte as an ordered list of blocks, independent of
 * the output format. The PDF and the Word renderer both walk this list, so
 * the two files always carry the same content in the same order.
 */
import type { PlanCommitment, PromiseSetDocument } from '../domain/promise-set.ts';
import {
  documentTitleSv,
  formatDateSv,
  municipalityLabelSv,
  partiesLineSv,
  partiesSv,
  periodSv,
  policeAreaLabelSv,
  splitProse,
} from './text-sv.ts';

export type Signature = {
  /** "För Polisen": shown above an empty signature line when nobody is named yet. */
  label: string | null;
  name: string | null;
  role: string | null;
  /** The signing date in words, or null for a blank date line. */
  date: string | null;
};

export type ContentBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string; note: string | null }
  | { kind: 'signatures'; signatures: Signature[] };

export type PromiseContent = {
  title: string;
  /** "Lokalpolisområde Östra Norrbotten och Kalix kommun". */
  parties: string;
  /** "Period: 1 januari 2020 – 31 december 2021", or null when the document states none. */
  period: string | null;
  isDraft: boolean;
  version: number | null;
  blocks: ContentBlock[];
};

export const DRAFT_MARK = 'UTKAST';

export type PromiseRenderOptions = {
  /** The print date shown in the footer and the file's metadata; now when left out. */
  generatedAt?: Date;
};

/** The line under a promise: who answers for it, with whom, and on what condition. */
export function commitmentNoteSv(commitment: PlanCommitment): string | null {
  const parts: string[] = [];
  if (commitment.responsible.length > 0) {
    const owner = commitment.owner?.trim() ? ` (${commitment.owner.trim()})` : '';
    parts.push(`Ansvarig: ${partiesSv(commitment.responsible)}${owner}`);
  }
  if (commitment.partners.length > 0) parts.push(`I samverkan med: ${partiesSv(commitment.partners)}`);
  if (commitment.condition?.trim()) parts.push(`Villkor: ${commitment.condition.trim()}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function proseBlocks(heading: string, text: string | null | undefined): ContentBlock[] {
  const prose = splitProse(text);
  if (prose.length === 0) return [];
  const body = prose.map(
    (block): ContentBlock =>
      block.kind === 'bullet'
        ? { kind: 'bullet', text: block.text, note: null }
        : { kind: 'paragraph', text: block.text },
  );
  return [{ kind: 'heading', level: 1, text: heading }, ...body];
}

function promiseBlocks(doc: PromiseSetDocument): ContentBlock[] {
  const areas = doc.focusAreas.filter((area) => area.commitments.length > 0 || area.title.trim() !== '');
  if (areas.length === 0) return [];
  const blocks: ContentBlock[] = [{ kind: 'heading', level: 1, text: 'Våra löften' }];
  for (const area of areas) {
    if (area.title.trim() !== '') blocks.push({ kind: 'heading', level: 2, text: area.title.trim() });
    for (const commitment of area.commitments) {
      blocks.push({ kind: 'bullet', text: commitment.text.trim(), note: commitmentNoteSv(commitment) });
    }
  }
  return blocks;
}

/**
 * Who signs. Named signatories keep their own date, else the document's;
 * with nobody named yet, each party gets an empty signature block so the
 * printed draft can be signed by hand.
 */
export function signaturesOf(doc: PromiseSetDocument): Signature[] {
  if (doc.signatories.length > 0) {
    return doc.signatories.map((s) => {
      const date = s.signedAt ?? doc.signedAt;
      return { label: null, name: s.name, role: s.role, date: date ? formatDateSv(date) : null };
    });
  }
  const parties = [policeAreaLabelSv(doc.policeArea), ...doc.municipalities.map((m) => municipalityLabelSv(m.name))];
  return parties.map((party) => ({ label: `För ${party}`, name: null, role: null, date: null }));
}

export function buildPromiseContent(doc: PromiseSetDocument): PromiseContent {
  const period = periodSv(doc.period);
  const blocks: ContentBlock[] = [
    ...proseBlocks('Inledning', doc.introduction),
    ...proseBlocks('Problembild', doc.sections.problemPicture),
    ...promiseBlocks(doc),
    ...proseBlocks('Genomförande', doc.sections.implementation),
    ...proseBlocks('Kommunikation', doc.sections.communication),
    ...proseBlocks('Uppföljning', doc.sections.followUp),
    { kind: 'heading', level: 1, text: 'Underskrifter' },
    { kind: 'signatures', signatures: signaturesOf(doc) },
  ];
  return {
    title: documentTitleSv(doc),
    parties: partiesLineSv(doc),
    period: period ? `Period: ${period}` : null,
    isDraft: doc.status === 'draft',
    version: doc.version ?? null,
    blocks,
  };
}
