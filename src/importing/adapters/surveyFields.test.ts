import { describe, expect, it } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { assignSurveyFields, columnsNamed, headerColumns, oneLine, type SurveyColumn } from './surveyFields.js';

const question = (index: number, label: string): SurveyColumn => ({ index, label, keys: [], question: true });
const NPS_EN = question(0, 'How likely are you to recommend us to a friend or colleague?');
const NPS_FR = question(1, 'Quelle est la probabilité que vous recommandiez Maison Lumière à un proche ?');
const CSAT = question(2, "Dans l'ensemble, êtes-vous satisfait de votre achat ?");
const CES = question(3, 'How easy was it to find what you were looking for?');
const WHY = question(4, 'Pourquoi cette note ?');
const STORE = question(5, 'Which store did you visit?');

const fieldsOf = (assigned: ReturnType<typeof assignSurveyFields>) => Object.fromEntries([...assigned.columns].map(([field, column]) => [field, column.index]));

describe('assignSurveyFields', () => {
  it('recognises the NPS, CSAT, CES and comment questions by their wording, in English and French', () => {
    expect(fieldsOf(assignSurveyFields([NPS_EN, CSAT, CES, WHY, STORE], [], {}, 'f.csv'))).toEqual({ nps: 0, csat: 2, ces: 3, comment: 4 });
    expect(fieldsOf(assignSurveyFields([NPS_FR], [], {}, 'f.csv'))).toEqual({ nps: 1 });
    expect(fieldsOf(assignSurveyFields([question(0, 'Recommanderiez-vous notre boutique (de 0 à 10) ?')], [], {}, 'f.csv'))).toEqual({ nps: 0 });
  });

  it('passes over a "recommend" question whose answers are not scores (a yes/no question)', () => {
    const yesNo = question(0, 'How likely are you to recommend us?');
    expect(() => assignSurveyFields([yesNo], [['Yes'], ['No']], {}, 'f.csv')).toThrow(/no question recognisable as NPS, CSAT or CES/);
  });

  it('reads a question asking why as a comment, even when it names the score', () => {
    const why = question(1, 'Why would you not recommend us?');
    expect(fieldsOf(assignSurveyFields([NPS_EN, why], [], {}, 'f.csv'))).toEqual({ nps: 0, comment: 1 });
  });

  it('takes --map by exact text, by the start of the text with an ellipsis, or by export tag', () => {
    const tagged: SurveyColumn = { index: 7, label: 'Note globale', keys: ['Q7'], question: true };
    const assigned = assignSurveyFields(
      [NPS_FR, tagged, STORE],
      [],
      { nps: 'Quelle est la probabilité…', csat: 'Q7', store: 'which store did you visit' },
      'f.csv',
    );
    expect(fieldsOf(assigned)).toEqual({ nps: 1, csat: 7, store: 5 });
    expect(assigned.notes).toContain('csat ← "Note globale" (--map).');
  });

  it('leaves a field out on "--map comment=" instead of detecting it', () => {
    expect(fieldsOf(assignSurveyFields([NPS_EN, WHY], [], { comment: '' }, 'f.csv'))).toEqual({ nps: 0 });
  });

  it('takes survey_id, population, channel or language as a constant when --map names no column', () => {
    const assigned = assignSurveyFields([NPS_EN], [], { survey_id: 'relation-2026', population: 'employee' }, 'f.csv');
    expect(Object.fromEntries(assigned.constants)).toEqual({ survey_id: 'relation-2026', population: 'employee' });
  });

  it('refuses in one sentence listing the candidates when two questions could be the NPS', () => {
    const error = (() => {
      try {
        assignSurveyFields([NPS_EN, NPS_FR], [], {}, 'f.csv');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'f.csv has 2 columns that could be the NPS question (0–10, likely to recommend): "How likely are you to recommend us to a friend or colleague?", "Quelle est la probabilité que vous recommandiez Maison Lumière à un proche ?"; choose one with --map nps="…".',
    );
  });

  it('refuses a --map text that fits no column, listing the columns, or several, listing them', () => {
    expect(() => assignSurveyFields([NPS_EN, STORE], [], { csat: 'How satisfied' }, 'f.csv')).toThrow(
      '--map csat="How satisfied" names no column of f.csv; its columns are "How likely are you to recommend us to a friend or colleague?", "Which store did you visit?".',
    );
    const other: SurveyColumn = { index: 6, label: 'Which store did you visit? - Other (please specify)', keys: [], question: true };
    expect(() => assignSurveyFields([NPS_EN, other, question(8, 'Which store did you visit? - Comment')], [], { store: 'Which store' }, 'f.csv')).toThrow(
      /fits 2 columns/,
    );
  });

  it('refuses a survey with no NPS, CSAT or CES question, listing its questions and the flag to use', () => {
    expect(() => assignSurveyFields([STORE, WHY], [], {}, 'f.csv')).toThrow(
      'f.csv has no question recognisable as NPS, CSAT or CES; name it with --map nps="question text" (or csat, ces); its questions are "Which store did you visit?", "Pourquoi cette note ?".',
    );
  });
});

describe('columnsNamed', () => {
  it('ignores case, accents, punctuation, line breaks and recall tokens', () => {
    const typeform = question(0, '{{hidden:first_name}}, how likely are you to recommend\nMaison Lumière to a friend?');
    expect(columnsNamed([typeform], 'How likely are you to recommend Maison Lumiere to a friend')).toEqual([typeform]);
  });
});

describe('headerColumns', () => {
  it('knows each column by its header, labels it on one line, and asks which are questions', () => {
    expect(headerColumns(['Timestamp', '  How likely\nare you   to recommend us? '], (_name, index) => index > 0)).toEqual([
      { index: 0, label: 'Timestamp', keys: ['Timestamp'], question: false },
      { index: 1, label: 'How likely are you to recommend us?', keys: ['  How likely\nare you   to recommend us? '], question: true },
    ]);
  });

  it('writes a text on one line, and an empty or blank one as empty', () => {
    expect(oneLine(' a\r\n b\t c ')).toBe('a b c');
    expect(oneLine(' \n ')).toBe('');
  });
});
