/**
 * The samverkansöverenskommelse (SÖ) between an LPO and one or more
 * kommuner: focus problems, probable causes, typed goals, follow-up, period.
 */
import { z } from 'zod';
import { isoDaySchema } from './iso-day.ts';
import { targetSchema } from './promise-document.ts';
import { hasVagueVerb } from './promise-import/quality.ts';
import { CADENCES } from './follow-up.ts';

export const GOAL_TYPES = ['effect', 'process', 'production'] as const;
export const GOAL_TYPE_SV = { effect: 'Effektmål', process: 'Processmål', production: 'Produktionsmål' } as const;

const isoDay = isoDaySchema;

export const agreementInputSchema = z.object({
  title: z.string().min(1).max(300),
  /** Organisation ids of the parties: the LPO, the kommuner, and any others. */
  parties: z.array(z.uuid()).min(1).max(50),
  /** `to: null` is "tills vidare": the agreement runs until it is replaced. */
  period: z.object({ from: isoDay, to: isoDay.nullable() }).nullable(),
  extensions: z
    .array(z.object({ until: isoDay.nullable(), decidedAt: isoDay, note: z.string().max(2000).nullable().optional() }))
    .max(50)
    .default([]),
  signatories: z
    .array(
      z.object({
        name: z.string().max(200),
        role: z.string().max(300),
        party: z.string().max(200).nullable().optional(),
        signedAt: isoDay.nullable().optional(),
      }),
    )
    .max(20)
    .default([]),
  focusProblems: z.array(z.string().max(2000)).max(100).default([]),
  probableCauses: z.array(z.string().max(2000)).max(100).default([]),
  goals: z
    .array(
      z.object({
        text: z.string().min(1).max(2000),
        type: z.enum(GOAL_TYPES),
        target: targetSchema.nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
  followUp: z.string().max(20_000).nullable().default(null),
  followUpCadence: z.enum(CADENCES).nullable().default(null),
  documents: z
    .array(z.object({ title: z.string().max(300), url: z.string().url().max(2000) }))
    .max(50)
    .default([]),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

/** A goal that reads as effort rather than result: shown beside the goal, never blocking the save. */
export const qualityWarningSchema = z.object({
  code: z.literal('vague_goal'),
  /** The goal's position in `goals`. */
  index: z.number().int().nonnegative(),
  message: z.string(),
  messageEn: z.string(),
});
export type QualityWarning = z.infer<typeof qualityWarningSchema>;

/** A goal that only promises effort ("verka för", "arbeta för") and has nothing to count gets a visible warning. */
export function goalWarnings(goals: AgreementInput['goals']): QualityWarning[] {
  return goals.flatMap((g, index) => {
    const measurable = g.target && g.target.kind !== 'none';
    if (measurable || !hasVagueVerb(g.text)) return [];
    return [
      {
        code: 'vague_goal' as const,
        index,
        message: `Målet "${g.text.slice(0, 80)}" använder ett vagt verb och saknar ett mätbart mål. Skriv vad som ska göras och hur mycket.`,
        messageEn: `The goal "${g.text.slice(0, 80)}" uses a vague verb and has no measurable target. Say what will be done and how much.`,
      },
    ];
  });
}
