import type { FhirReference } from '../export/fhir-types.js';
import type { Instrument, QuestionItem } from './instrument.js';
import type { Score } from './score.js';

const LOINC = 'http://loinc.org';
/** Stepdown's own answer codes, where an instrument has no LOINC answer list. */
const ANSWER_SYSTEM = 'urn:stepdown:answer';

export const questionnaireUrl = (instrument: Instrument): string =>
  `urn:stepdown:questionnaire:${instrument.id}:${instrument.version}`;

const itemType = (item: QuestionItem): string => {
  switch (item.kind) {
    case 'choice':
      return 'choice';
    case 'yes-no':
      return 'boolean';
    case 'number':
      return item.integer ? 'integer' : 'decimal';
    case 'text':
      return 'text';
  }
};

const questionnaireItem = (item: QuestionItem) => ({
  linkId: item.id,
  text: item.text,
  type: itemType(item),
  required: !item.optional,
  ...(item.loinc ? { code: [{ system: LOINC, code: item.loinc }] } : {}),
  ...(item.kind === 'choice'
    ? {
        answerOption: item.options.map((option) => ({
          valueCoding: option.loinc
            ? { system: LOINC, code: option.loinc, display: option.label }
            : { system: ANSWER_SYSTEM, code: String(option.value), display: option.label },
        })),
      }
    : {}),
  ...(item.enableWhen
    ? {
        enableWhen: item.enableWhen.anyOf.flatMap((rule) =>
          rule.values.map((value) => ({ question: rule.item, operator: '=', answerBoolean: value === 1 })),
        ),
        enableBehavior: 'any',
      }
    : {}),
});

/** The instrument as a FHIR R4 Questionnaire, for forms and exchange. */
export const toFhirQuestionnaire = (instrument: Instrument) => ({
  resourceType: 'Questionnaire' as const,
  id: `stepdown-${instrument.id}`,
  url: questionnaireUrl(instrument),
  version: instrument.version,
  name: instrument.shortTitle.replace(/[^A-Za-z0-9]/g, ''),
  title: instrument.title,
  status: 'active' as const,
  description: `${instrument.intro} Time frame: ${instrument.timeframe}. ${instrument.licence}`,
  ...(instrument.loinc?.panel ? { code: [{ system: LOINC, code: instrument.loinc.panel }] } : {}),
  item: instrument.items.map(questionnaireItem),
});

/** A scored response as a FHIR R4 QuestionnaireResponse. */
export const toFhirQuestionnaireResponse = (
  instrument: Instrument,
  score: Score,
  options: { readonly subject: FhirReference; readonly authored: string },
) => ({
  resourceType: 'QuestionnaireResponse' as const,
  questionnaire: questionnaireUrl(instrument),
  status: 'completed' as const,
  subject: options.subject,
  authored: options.authored,
  item: instrument.items.flatMap((item) => {
    const value = score.answers[item.id];
    if (value === undefined) return [];
    const answer = (() => {
      switch (item.kind) {
        case 'choice': {
          const option = item.options.find((o) => o.value === value);
          return {
            valueCoding: option?.loinc
              ? { system: LOINC, code: option.loinc, display: option.label }
              : { system: ANSWER_SYSTEM, code: String(value), display: option?.label ?? String(value) },
          };
        }
        case 'yes-no':
          return { valueBoolean: value === 1 };
        case 'number':
          return item.integer ? { valueInteger: Number(value) } : { valueDecimal: Number(value) };
        case 'text':
          return { valueString: String(value) };
      }
    })();
    return [{ linkId: item.id, text: item.text, answer: [answer] }];
  }),
});
