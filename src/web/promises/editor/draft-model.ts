/**
 * The editor's working copy of a promise set: text fields as the user types
 * them (lists as comma-separated text, numbers as strings), and the way back
 * to a document the API accepts. Ids of focus areas and commitments are kept
 * so the server keeps their activities and history.
 */
import type { Per, PlanCommitment, PromiseSetDocument, Target } from '../../api/promises.ts';

export type TargetKind = Target['kind'];

export interface TargetDraft {
  kind: TargetKind;
  count: string;
  atLeast: boolean;
  max: string;
  /** '' stands for no period stated (counted as the whole promise period). */
  per: Per | '';
  every: string;
  average: boolean;
  unit: string;
  percent: string;
}

export interface CommitmentDraft {
  key: string;
  id?: string;
  text: string;
  when: string;
  partners: string;
  responsible: string;
  followUp: string;
  places: string;
  condition: string;
  owner: string;
  target: TargetDraft;
  /** Further amounts the importer found; kept as they are. */
  targets: PlanCommitment['targets'];
}

export interface FocusAreaDraft {
  key: string;
  id?: string;
  title: string;
  commitments: CommitmentDraft[];
}

export interface EditorDraft {
  title: string;
  municipalities: { code: string | null; name: string }[];
  policeArea: string;
  periodFrom: string;
  periodTo: string;
  introduction: string;
  problemPicture: string;
  implementation: string;
  communication: string;
  followUpSection: string;
  focusAreas: FocusAreaDraft[];
}

let counter = 0;
/** A key for React lists and element ids, stable while the editor is open. */
export const newKey = (): string => `k${++counter}`;

const list = (values: readonly string[] | undefined) => (values ?? []).join(', ');

/** Splits "a, b ,, c" into ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Responsible parties are lower-case words such as "polisen", "kommunen". */
export function normaliseResponsible(text: string): string[] {
  return [...new Set(splitList(text).map((s) => s.toLocaleLowerCase('sv-SE')))];
}

export const EMPTY_TARGET: TargetDraft = {
  kind: 'none',
  count: '',
  atLeast: true,
  max: '',
  per: '',
  every: '1',
  average: false,
  unit: '',
  percent: '',
};

export function targetToDraft(target: Target): TargetDraft {
  if (target.kind === 'count') {
    return {
      ...EMPTY_TARGET,
      kind: 'count',
      count: String(target.count),
      atLeast: target.atLeast,
      max: target.max === null ? '' : String(target.max),
      per: target.per ?? '',
      every: String(target.every),
      average: target.average,
      unit: target.unit ?? '',
    };
  }
  if (target.kind === 'share') {
    return {
      ...EMPTY_TARGET,
      kind: 'share',
      percent: String(target.percent),
      atLeast: target.atLeast,
      unit: target.unit ?? '',
    };
  }
  return { ...EMPTY_TARGET };
}

/** A decimal number as a Swede may type it ("2,5"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** The target, or null when a number in it is not valid (the validation says which). */
export function draftToTarget(d: TargetDraft): Target | null {
  if (d.kind === 'none') return { kind: 'none' };
  if (d.kind === 'share') {
    const percent = parseNumber(d.percent);
    if (percent === null || percent > 100) return null;
    return { kind: 'share', percent, atLeast: d.atLeast, unit: d.unit.trim() || null };
  }
  const count = parseNumber(d.count);
  const max = d.max.trim() === '' ? null : parseNumber(d.max);
  const every = parseNumber(d.every || '1');
  if (count === null || (d.max.trim() !== '' && (max === null || max < count))) return null;
  if (every === null || every < 1 || !Number.isInteger(every)) return null;
  return {
    kind: 'count',
    count,
    atLeast: d.atLeast,
    max,
    per: d.per === '' ? null : d.per,
    every,
    average: d.average,
    unit: d.unit.trim() || null,
  };
}

export function commitmentToDraft(c: PlanCommitment): CommitmentDraft {
  return {
    key: newKey(),
    id: c.id,
    text: c.text,
    when: c.when ?? '',
    partners: list(c.partners),
    responsible: list(c.responsible),
    followUp: list(c.followUp),
    places: list(c.places),
    condition: c.condition ?? '',
    owner: c.owner ?? '',
    target: targetToDraft(c.target),
    targets: c.targets,
  };
}

export function emptyCommitment(): CommitmentDraft {
  return commitmentToDraft({
    text: '',
    responsible: [],
    partners: [],
    places: [],
    target: { kind: 'none' },
    targets: [],
    followUp: [],
  });
}

export function toDraft(doc: PromiseSetDocument): EditorDraft {
  return {
    title: doc.title ?? '',
    municipalities: doc.municipalities,
    policeArea: doc.policeArea ?? '',
    periodFrom: doc.period?.from ?? '',
    periodTo: doc.period?.to ?? '',
    introduction: doc.introduction ?? '',
    problemPicture: doc.sections.problemPicture ?? '',
    implementation: doc.sections.implementation ?? '',
    communication: doc.sections.communication ?? '',
    followUpSection: doc.sections.followUp ?? '',
    focusAreas: doc.focusAreas.map((a) => ({
      key: newKey(),
      id: a.id,
      title: a.title,
      commitments: a.commitments.map(commitmentToDraft),
    })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function toCommitment(c: CommitmentDraft): PlanCommitment {
  return {
    ...(c.id ? { id: c.id } : {}),
    text: c.text.trim(),
    responsible: normaliseResponsible(c.responsible),
    partners: splitList(c.partners),
    places: splitList(c.places),
    target: draftToTarget(c.target) ?? { kind: 'none' },
    targets: c.targets,
    followUp: splitList(c.followUp),
    when: orNull(c.when),
    condition: orNull(c.condition),
    owner: orNull(c.owner),
  };
}

/** The document to send: the base document (ids, signatories, warnings …) with the edited fields laid over it. */
export function toDocument(draft: EditorDraft, base: PromiseSetDocument): PromiseSetDocument {
  return {
    ...base,
    format: 'medborgarlofte/v1',
    title: orNull(draft.title),
    municipalities: draft.municipalities,
    policeArea: orNull(draft.policeArea),
    period: draft.periodFrom.trim() ? { from: draft.periodFrom.trim(), to: orNull(draft.periodTo) } : null,
    introduction: orNull(draft.introduction),
    sections: {
      problemPicture: orNull(draft.problemPicture),
      implementation: orNull(draft.implementation),
      communication: orNull(draft.communication),
      followUp: orNull(draft.followUpSection),
    },
    focusAreas: draft.focusAreas.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      title: a.title.trim(),
      commitments: a.commitments.map(toCommitment),
    })),
  };
}

/** A blank promise set for "Nytt medborgarlöfte". */
export function blankDocument(): PromiseSetDocument {
  return {
    format: 'medborgarlofte/v1',
    title: null,
    municipalities: [],
    policeArea: null,
    period: null,
    signedAt: null,
    signatories: [],
    focusAreas: [{ title: '', commitments: [emptyCommitment()].map(toCommitment) }],
    sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
    warnings: [],
  };
}
