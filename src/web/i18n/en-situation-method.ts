/** English words of the page on how the situation picture ranks its problems; the same shape as sv-situation-method.ts. */
import type { svSituationMethod } from './sv-situation-method.ts';

export const enSituationMethod: typeof svSituationMethod = {
  situationMethod: {
    title: 'How the ranking is calculated',
    link: 'How the ranking is calculated',
    back: 'Back to the situation picture',
    intro: [
      "Every source gives every problem category one measure on the same scale, 0–10 points. The points are multiplied by the source's weight, and a problem's score is the sum over the sources.",
      'More findings, more questions or more events of the same kind give no more points. What gives points is how widespread (different places and times), how serious, how certain (number of answers) and how high compared with the county a problem is.',
      'You may move a problem in the ranking, but must then say why. Under each problem the situation picture shows how each source contributed, and why.',
    ],
    weightsHeading: 'Weights',
    weightsCaption: 'Default weight per source',
    source: 'Source',
    weight: 'Weight',
    weightsNote:
      "Police events weigh half, because the event feed is a sample of what Brå's statistics count in full. The weights can be changed on the situation picture page.",
    findingsHeading: 'Dialogues, safety walks and EST',
    findings: [
      'Findings with the same source, problem category, place (area) and tertial (Jan–Apr, May–Aug, Sep–Dec) are one problem, as serious as the most serious of them (1–5).',
      'Points = the sum of the distinct problems’ seriousness / 2, at most 10.',
      'A finding split into several, or entered twice, gives no more points. The same problem at a new place, or still there the next tertial, is a new problem.',
      'The EST checklist: occurs counts as seriousness 2, marked as 4, in the report’s area and week. Findings without an area count as one and the same place.',
    ],
    surveysHeading: 'Safety surveys',
    surveys: [
      "The municipality's own surveys and results from others (the police's safety survey, Brå's NTU, Statistics Sweden's citizen survey) count here.",
      "Each question becomes 0–10, high meaning a bigger problem: the police's index 0–6 × 10/6, a share in percent / 10, Statistics Sweden's index 0–100 (high is good) as (100 − index) / 10.",
      'Per survey and category the mean over the questions is taken, so more questions do not give a higher value. Several surveys are combined weighted by their number of answers.',
      'The value is multiplied by a certainty factor, answers / (answers + 50): 8 answers give 0.14, 420 answers 0.89, 1,500 answers 0.97.',
      'Fewer than 5 answers do not count. Outside results count for the whole municipality, else per area; figures for the county, police area or country do not count.',
    ],
    statisticsHeading: 'Crime statistics (BRÅ)',
    statistics: [
      "The municipality's reported crimes per 100,000 inhabitants are added up over the problem category's Brå categories, for the latest year up to the picture's year.",
      "They are compared with the county, else the country: points = 5 × the municipality's rate / the county's, at most 10. Equal to the county gives 5, twice as high or more 10.",
      'Trend over the last five years (at least three): a rise of more than 2 % a year gives +1, a fall −1. A year where the source wrote "-" breaks the trend.',
      "Without a figure to compare with, the rate is shown but gives 0 points. Crimes found mainly by the police's own work and the total of all crimes do not count.",
    ],
    crimeCaption: "Brå's categories in the situation picture",
    rulesCaption: 'Other category names, by the words in the name',
    braCategory: "Brå's category",
    nameContains: 'The name contains',
    inPicture: 'In the situation picture',
    notCounted: (reason: string) => `Not counted: ${reason}`,
    eventsHeading: 'Police events',
    events: [
      "The same measure as the statistics: the municipality's events of the year per 100,000 inhabitants, compared with the county's municipalities the feed covers (else the whole country's), without a trend.",
      'Events the police start themselves and wildlife collisions do not count, but are shown under the problem as "Not counted".',
    ],
    excludedCaption: 'Event types that do not count',
    eventType: 'Event type',
    why: 'Why',
    eventCategoriesCaption: "The police's categories in the situation picture",
    eventCategory: "The police's category",
    policeHeading: 'Police material (confidential)',
    police:
      "Counts as findings (seriousness / 2, at most 10), two notes with different texts as distinct problems. It counts only in the police's own view: other people's view, the public version and exports for anyone but the police are computed without it.",
    exampleHeading: 'Worked example',
    exampleIntro:
      "The example municipality in 2025: a dialogue and a safety walk, two EST reports, its own survey with 420 answers, NTU with 1,200 answers, Brå's statistics for 2024 and police events. The whole calculation is in docs/lagesbild-metod.md; the table is computed here by the same code as the situation picture.",
    exampleCaption: "The worked example's ranking, points times weight per source",
    place: 'Place',
    problem: 'Problem',
    total: 'Total',
    reasonsHeading: 'Why, per source',
  },
};
