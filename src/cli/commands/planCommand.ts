import type { Localised } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { type PlanExpectation, parsePlanQuery, planSample, type SamplePlan } from '../../services/surveys/planSample.js';
import { refuseArguments } from '../commonOptions.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';
import { formatCount, formatNumber } from '../../output/localeFormat.js';

/** `barometre plan` (docs/cli.md): the answers a 95 % margin needs, or the margin some answers give. */
export const planCommand = defineCommand({
  name: 'plan',
  summary: "plan a survey's sample: the answers a 95 % margin needs, or the margin N answers give",
  usage: 'barometre plan --indicator nps|csat|ces (--margin M | --answers N) [--expected VALUES] [--json]',
  french: {
    summary: "planifier l'échantillon d'une enquête : les réponses qu'une marge à 95 % demande, ou la marge que N réponses donnent",
    usage: 'barometre plan --indicator nps|csat|ces (--margin M | --answers N) [--expected VALEURS] [--json]',
  },
  options: { indicator: { type: 'string' }, margin: { type: 'string' }, answers: { type: 'string' }, expected: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const plan = planSample(parsePlanQuery({ indicator: flags.indicator ?? '', margin: flags.margin, answers: flags.answers, expected: flags.expected }));
    output.stdout.write(flags.json ? `${JSON.stringify(plan)}\n` : `${inLanguage(describePlan(plan, output.language), output.language)}\n`);
    return EXIT_SUCCESS;
  },
});

/** The plan in a sentence, in both languages: the answers and the margin, what they assume, and the interval behind them. */
export function describePlan(plan: SamplePlan, language: Language): Localised {
  const number = (value: number) => formatNumber(value, language, { maximum: 2 });
  const answers = formatCount(plan.answers, language);
  const unit: Localised = {
    nps: { en: 'NPS points', fr: 'points de NPS' },
    csat: { en: 'percentage points', fr: 'points de pourcentage' },
    ces: { en: 'points on the 1–7 scale', fr: "points sur l'échelle de 1 à 7" },
  }[plan.indicator];
  const margin = { en: `a 95 % margin of ±${number(plan.margin)} ${unit.en}`, fr: `une marge à 95 % de ±${number(plan.margin)} ${unit.fr}` };
  const head: Localised =
    plan.asked === 'answers'
      ? { en: `${answers} answers needed for ${margin.en}`, fr: `${answers} réponses nécessaires pour ${margin.fr}` }
      : { en: `${answers} answers give ${margin.en}`, fr: `${answers} réponses donnent ${margin.fr}` };
  const assumption = expectationText(plan.expected, language);
  const method = {
    'adjusted-wald': { en: 'adjusted-Wald interval of the NPS', fr: 'intervalle de Wald ajusté du NPS' },
    wilson: { en: 'Wilson score interval', fr: 'intervalle de score de Wilson' },
    'student-t': { en: 'Student t interval of the mean', fr: 'intervalle t de Student de la moyenne' },
  }[plan.method];
  const worst = plan.worstCase
    ? {
        en: ` at the worst case, ${assumption.en} (the widest margin; --expected narrows it)`,
        fr: ` dans le pire cas, ${assumption.fr} (la marge la plus large ; --expected la resserre)`,
      }
    : { en: `, expecting ${assumption.en}`, fr: `, en attendant ${assumption.fr}` };
  const name = plan.indicator.toUpperCase();
  return { en: `${name}: ${head.en}${worst.en}; ${method.en}.`, fr: `${name} : ${head.fr}${worst.fr} ; ${method.fr}.` };
}

/** What a plan expects, in words: the shares as percentages, or the standard deviation. */
function expectationText(expected: PlanExpectation, language: Language): Localised {
  const percent = (share: number) => `${formatNumber(share * 100, language, { maximum: 1 })} %`;
  if ('promoters' in expected) {
    return {
      en: `${percent(expected.promoters)} promoters and ${percent(expected.detractors)} detractors`,
      fr: `${percent(expected.promoters)} de promoteurs et ${percent(expected.detractors)} de détracteurs`,
    };
  }
  if ('satisfied' in expected) return { en: `${percent(expected.satisfied)} satisfied`, fr: `${percent(expected.satisfied)} de satisfaits` };
  const sd = formatNumber(expected.sd, language, { maximum: 2 });
  return { en: `a standard deviation of ${sd}`, fr: `un écart type de ${sd}` };
}
