import type { SourceId } from '../sources/registry.js';

export type Respondent = 'patient' | 'clinician' | 'supporter';

export interface AnswerOption {
  readonly value: number;
  readonly label: string;
  /** LOINC answer code where the instrument has one (e.g. LA6568-5 "Not at all"). */
  readonly loinc?: string;
}

interface ItemBase {
  readonly id: string;
  readonly text: string;
  /** Who gives the answer: the person, or the clinician observing (CIWA-B). */
  readonly ratedBy?: 'self' | 'observer';
  readonly loinc?: string;
  /** Asked only when another item's answer is one of these values. */
  readonly enableWhen?: { readonly anyOf: readonly { readonly item: string; readonly values: readonly number[] }[] };
  readonly optional?: boolean;
}

export type QuestionItem =
  | (ItemBase & { readonly kind: 'choice'; readonly options: readonly AnswerOption[] })
  | (ItemBase & { readonly kind: 'yes-no' })
  | (ItemBase & {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly unit: string;
      readonly integer: boolean;
    })
  | (ItemBase & { readonly kind: 'text'; readonly maxLength: number });

/** A score range with its meaning. Bands never invented: each names its source. */
export interface Band {
  readonly min: number;
  readonly max: number;
  readonly id: string;
  readonly label: string;
  readonly source: SourceId;
  readonly confidence?: 'low';
}

export type Trigger =
  | { readonly kind: 'instrument'; readonly instrumentId: string; readonly reason: string }
  | { readonly kind: 'triage'; readonly urgency: 'emergency' | 'urgent'; readonly reason: string };

export interface ItemFlag {
  readonly itemId: string;
  readonly code: string;
  readonly message: string;
}

export type Answers = Readonly<Record<string, number | boolean | string>>;

/** What an instrument's own rules add to the plain sum: a band choice, flags and triggers. */
export interface Evaluation {
  readonly band?: Band | null;
  readonly flags?: readonly ItemFlag[];
  readonly triggers?: readonly Trigger[];
  /** The count or total used for bands when it is not the plain sum (the DSM-5-based count). */
  readonly total?: number;
}

export interface ScoringOptions {
  /** SDS: 7 (default, de las Cuevas 2000) or 6 (older adults, Cheng 2019). */
  readonly sdsCutOff?: 6 | 7;
}

export interface Instrument {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly completedBy: Respondent;
  /** The period the questions ask about. */
  readonly timeframe: string;
  readonly intro: string;
  /** `official`: the published public-domain wording; `paraphrased`/`own`: Stepdown's words. */
  readonly wording: 'official' | 'paraphrased' | 'own';
  readonly licence: string;
  readonly items: readonly QuestionItem[];
  /** Items summed for the total; none for a diary. */
  readonly scoredItems: readonly string[];
  readonly range?: { readonly min: number; readonly max: number };
  readonly bands: readonly Band[];
  readonly loinc?: { readonly panel?: string; readonly total?: string; readonly source: SourceId };
  readonly source: SourceId;
  readonly evaluate?: (answers: Answers, total: number, options: ScoringOptions) => Evaluation;
}

export const YES_NO_OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
];
