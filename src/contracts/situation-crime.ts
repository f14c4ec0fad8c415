/**
 * Contract of the lägesbild's crime section: per crime category the
 * kommun's yearly series with the län and the country, the last year
 * against the mean of the three before, Polisen's events per type and
 * month, the sources with their import dates, and the draft text. The
 * shapes are the domain's (src/domain/situation/crime-section.ts).
 */
import { crimeSectionSchema, type CrimeSection } from '../domain/situation/crime-section.ts';

export const CrimeSectionView = crimeSectionSchema;
export type CrimeSectionView = CrimeSection;
export type {
  CrimeCategory,
  CrimePoint,
  LastVsMean,
  PoliceEventsByMonth,
  RegionSeries,
  SectionSource,
} from '../domain/situation/crime-section.ts';
