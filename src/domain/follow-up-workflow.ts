/**
 * The follow-up's workflow as a pure transition: draft → reviewed (both
 * parties, police and kommun, have reviewed) → approved (leadership of both
 * parties has approved) → published. There is no way back: a published
 * follow-up is a public record, and a signed one is changed only by a new
 * follow-up. Who may sign for which party is an access question decided
 * before this is asked (src/app/follow-ups/workflow.ts); this decides only
 * what the command does to the state the follow-up is in.
 *
 * A follow-up is approved only after its period has ended (the day after
 * its last day, Swedish time), whatever the cadence: before that its
 * numbers can still change as activities of the period are logged, and the
 * signatures would stand under a result that is not final. Reviewing may
 * start before, so the working group can prepare the texts.
 */

export const FOLLOW_UP_STATUSES = ['draft', 'reviewed', 'approved', 'published'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export type Party = 'polisen' | 'kommunen';
export const PARTIES: readonly Party[] = ['polisen', 'kommunen'];

export interface Signature {
  party: string;
  by: string;
  at: string;
}

export interface FollowUpState {
  status: FollowUpStatus;
  reviews: Signature[];
  approvals: Signature[];
  /** The last day of the period followed up (YYYY-MM-DD). */
  period: { to: string };
}

export type FollowUpCommand =
  | { kind: 'edit' }
  | { kind: 'review'; party: Party }
  | { kind: 'approve'; party: Party }
  | { kind: 'publish' };

/** Who gives the command and when (signatures carry both); `today` is the Swedish calendar day of `at`. */
export interface TransitionContext {
  by: string;
  at: string;
  today: string;
}

export interface Refusal {
  ok: false;
  code: 'conflict' | 'period_not_ended';
  sv: string;
  en: string;
}

export type TransitionResult = { ok: true; next: FollowUpState } | Refusal;

/** The state each command starts from. */
export const FROM: Record<FollowUpCommand['kind'], FollowUpStatus> = {
  edit: 'draft',
  review: 'draft',
  approve: 'reviewed',
  publish: 'approved',
};

const refuse = (sv: string, en: string): Refusal => ({ ok: false, code: 'conflict', sv, en });

function refusal(command: FollowUpCommand, status: FollowUpStatus): Refusal {
  switch (command.kind) {
    case 'edit':
      return refuse('Bara ett utkast kan ändras', 'Only a draft can be changed');
    case 'publish':
      return status === 'published'
        ? refuse('Uppföljningen är redan publicerad', 'The follow-up is already published')
        : refuse('Bara en godkänd uppföljning kan publiceras', 'Only an approved follow-up can be published');
    default:
      return refuse(`Uppföljningen har status "${status}"`, `The follow-up is "${status}"`);
  }
}

function periodNotEnded(to: string): Refusal {
  return {
    ok: false,
    code: 'period_not_ended',
    sv: `Uppföljningen kan godkännas först när perioden är slut (efter ${to})`,
    en: `The follow-up can be approved only after its period has ended (after ${to})`,
  };
}

/** Adds (or renews) the party's signature; the step is complete once both parties have signed. */
function signed(list: Signature[], party: Party, context: TransitionContext): { list: Signature[]; complete: boolean } {
  const next = [...list.filter((s) => s.party !== party), { party, by: context.by, at: context.at }];
  return { list: next, complete: PARTIES.every((p) => next.some((s) => s.party === p)) };
}

export function transition(
  state: FollowUpState,
  command: FollowUpCommand,
  context: TransitionContext,
): TransitionResult {
  if (state.status !== FROM[command.kind]) return refusal(command, state.status);
  if (command.kind === 'approve' && context.today <= state.period.to) return periodNotEnded(state.period.to);
  switch (command.kind) {
    case 'edit':
      return { ok: true, next: state };
    case 'review': {
      const { list, complete } = signed(state.reviews, command.party, context);
      return { ok: true, next: { ...state, reviews: list, status: complete ? 'reviewed' : state.status } };
    }
    case 'approve': {
      const { list, complete } = signed(state.approvals, command.party, context);
      return { ok: true, next: { ...state, approvals: list, status: complete ? 'approved' : state.status } };
    }
    case 'publish':
      return { ok: true, next: { ...state, status: 'published' } };
  }
}
