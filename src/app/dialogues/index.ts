/** What other features read from dialogues (the lägesbild): findings per year and the EST summary. Neither checks access. */
export { dialogueFindingsFor, type DialogueFinding } from './findings.ts';
export { estSummaryFor, type EstSummary } from './est-views.ts';
