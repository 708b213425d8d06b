import type { IndicatorKey } from '../report.js';
import type { BenchmarkAudience, BenchmarkDifference, BenchmarkRow, MeasureContext } from './benchmark.js';

/** A clause a method's text may hold, what it states, and whether Baromètre's measure agrees. */
interface ClauseRule {
  pattern: RegExp;
  dimension: string;
  /** The difference the clause makes, or null when it states what Baromètre measures. */
  judge: (audience: BenchmarkAudience, context: MeasureContext) => BenchmarkDifference | null;
  /** The indicator's field the figure compares with, when the clause decides it (a median, a mean). */
  field?: string;
}

/** What Baromètre measures for one metric of the file, as rules over the method's clauses. */
interface MetricDefinition {
  indicator: IndicatorKey;
  /** The field compared when no clause says otherwise. */
  field: string;
  /** Dimensions the method must state: a figure silent on one of them is not known to match. */
  required: readonly string[];
  clauses: readonly ClauseRule[];
}

function method(dimension: string, en: string, fr: string): BenchmarkDifference {
  return { dimension, kind: 'method', en, fr };
}

/** A clause that states what Baromètre measures. */
function agrees(pattern: RegExp, dimension: string, field?: string): ClauseRule {
  return { pattern, dimension, judge: () => null, ...(field === undefined ? {} : { field }) };
}

/** A clause that states something Baromètre does not measure, with the sentence saying so. */
function differs(pattern: RegExp, dimension: string, en: string, fr: string): ClauseRule {
  return { pattern, dimension, judge: () => method(dimension, en, fr) };
}

/** The NPS survey kind a figure states, against the kind the workspace says its survey is. */
function surveyKind(kind: 'relationship' | 'transactional'): ClauseRule {
  const french = { relationship: 'relationnel', transactional: 'transactionnel' };
  return {
    pattern: new RegExp(`^${kind} NPS$`, 'i'),
    dimension: 'survey',
    judge: (audience) => {
      if (audience.npsSurvey === kind) return null;
      if (audience.npsSurvey === null) {
        return {
          dimension: 'survey',
          kind: 'population',
          en: `the figure is a ${kind} NPS, and the workspace has not said whether its NPS is relationship or transactional (barometre settings set npsSurvey …)`,
          fr: `le chiffre est un NPS ${french[kind]}, et l’espace de travail n’a pas dit si son NPS est relationnel ou transactionnel (barometre settings set npsSurvey …)`,
        };
      }
      return method(
        'survey',
        `the figure is a ${kind} NPS; the workspace's is ${audience.npsSurvey}`,
        `le chiffre est un NPS ${french[kind]} ; celui de l’espace de travail est ${french[audience.npsSurvey as typeof kind] ?? audience.npsSurvey}`,
      );
    },
  };
}

const ZERO_TO_TEN = agrees(/^0-10 scale$/i, 'scale');

/** The period lengths, in days, that a monthly rate describes: a calendar month. */
const MONTH_DAYS = { shortest: 28, longest: 31 };

/** A monthly rate compares with a report over one month, of contract churn. */
function monthlyChurn(pattern: RegExp): ClauseRule {
  return {
    pattern,
    dimension: 'period',
    judge: (_audience, context) => {
      if (context.churnDefinition === 'inactivity' || context.churnDefinition === 'model') {
        return method(
          'population',
          'the figure counts subscribers who cancel; this churn counts customers who stopped ordering',
          'le chiffre compte les abonnés qui résilient ; cette attrition compte les clients qui ont cessé de commander',
        );
      }
      if (context.periodDays >= MONTH_DAYS.shortest && context.periodDays <= MONTH_DAYS.longest) return null;
      return method(
        'period',
        `the figure is a rate per month; the report's period lasts ${context.periodDays} days`,
        `le chiffre est un taux par mois ; la période du rapport dure ${context.periodDays} jours`,
      );
    },
  };
}

/**
 * Baromètre's definition of each metric of the file (docs/indicators.md), as rules over the
 * clauses of a row's method. `acsi` is absent: the ACSI is an index that Baromètre does not
 * compute and that is never shown beside `csat`.
 */
const DEFINITIONS: Readonly<Record<string, MetricDefinition>> = {
  nps: {
    indicator: 'nps',
    field: 'value',
    required: ['scale', 'survey'],
    clauses: [
      surveyKind('relationship'),
      surveyKind('transactional'),
      ZERO_TO_TEN,
      differs(/^1-10 scale$/i, 'scale', 'the figure is asked on a 1–10 scale, not 0–10', 'le chiffre est demandé sur une échelle de 1 à 10, pas de 0 à 10'),
      agrees(/^consumer panel$/i, 'respondents'),
      agrees(/^industry average of company scores$/i, 'aggregation'),
    ],
  },
  enps: {
    indicator: 'enps',
    field: 'value',
    required: ['scale', 'respondents'],
    clauses: [agrees(/^employee NPS$/i, 'respondents'), ZERO_TO_TEN, agrees(/^HR platform clients$/i, 'companies')],
  },
  socialEngagementRate: {
    indicator: 'socialEngagementRate',
    field: 'value',
    required: ['unit', 'denominator'],
    clauses: [
      agrees(/^per post$/i, 'unit'),
      agrees(/^engagements \/ followers$/i, 'denominator'),
      differs(
        /^engagements \/ impressions\b/i,
        'denominator',
        'the figure divides by impressions, not by followers',
        'le chiffre divise par les impressions, pas par les abonnés',
      ),
      differs(
        /^engagements \/ reach\b/i,
        'denominator',
        'the figure divides by reach, not by followers',
        'le chiffre divise par la portée, pas par les abonnés',
      ),
      // Rival IQ publishes medians: they compare with the median of the posts' rates.
      agrees(/^median across brands$/i, 'aggregation', 'median'),
      agrees(/^average$/i, 'aggregation', 'value'),
    ],
  },
  churnRate: {
    indicator: 'churnRate',
    field: 'value',
    required: ['period', 'denominator'],
    clauses: [
      monthlyChurn(/^monthly subscriber churn$/i),
      monthlyChurn(/^monthly postpaid phone churn$/i),
      agrees(/^customers lost \/ customers at start$/i, 'denominator'),
    ],
  },
  cartAbandonmentRate: {
    indicator: 'cartAbandonmentRate',
    field: 'value',
    required: ['formula'],
    clauses: [
      agrees(/^1 - purchases \/ carts$/i, 'formula'),
      differs(
        /^average of published studies$/i,
        'unit',
        'the figure averages studies that count carts in different ways (sessions or users, add-to-cart or checkout); Baromètre counts visitor-days with a cart',
        'le chiffre fait la moyenne d’études qui comptent les paniers de façons différentes (sessions ou utilisateurs, ajout au panier ou paiement) ; Baromètre compte des visiteurs-jours avec un panier',
      ),
    ],
  },
  'sessions.bounceRate': {
    indicator: 'sessions',
    field: 'bounceRate',
    required: ['definition'],
    clauses: [agrees(/^share of single-interaction sessions$/i, 'definition')],
  },
  stickiness: {
    indicator: 'stickiness',
    field: 'value',
    required: ['formula'],
    clauses: [agrees(/^average DAU \/ MAU$/i, 'formula')],
  },
};

/** The dimensions a method must state, named for people. */
const DIMENSION_NAMES: Readonly<Record<string, { en: string; fr: string }>> = {
  scale: { en: 'scale', fr: 'son échelle' },
  survey: { en: 'kind of survey (relationship or transactional)', fr: 'son type d’enquête (relationnelle ou transactionnelle)' },
  respondents: { en: 'respondents', fr: 'ses répondants' },
  unit: { en: 'unit', fr: 'son unité' },
  denominator: { en: 'denominator', fr: 'son dénominateur' },
  period: { en: 'period', fr: 'sa période' },
  formula: { en: 'formula', fr: 'sa formule' },
  definition: { en: 'definition', fr: 'sa définition' },
};

/** How a row compares with Baromètre's measure: the indicator and field it is about, and every difference. */
export interface MethodComparison {
  indicator: IndicatorKey;
  field: string;
  differences: BenchmarkDifference[];
}

/** The platform names a segment such as `All industries - Twitter/X` names, in lower case. */
export function segmentPlatforms(segment: string): string[] {
  const match = /\s-\s([^-]+)$/.exec(segment);
  return match === null ? [] : match[1]!.split('/').map((name) => name.trim().toLowerCase());
}

/** The names by which a country is written: ISO's `GB` is the file's `UK`. */
function sameCountry(a: string, b: string): boolean {
  const name = (code: string) => (code.toUpperCase() === 'GB' ? 'UK' : code.toUpperCase());
  return name(a) === name(b);
}

/**
 * Compares a row's method with Baromètre's definition of its indicator, clause by clause: a
 * clause agrees, differs, or is not recognised (a difference: nothing unknown is taken for a
 * match); a required dimension the method does not state is a difference; so are an
 * `unverified` row, a social figure for a platform other than the only one the posts are on,
 * and — as differences of population — another country than the workspace's, or a country
 * the workspace has not given. Returns null for a metric Baromètre shows no figure for (`acsi`).
 */
export function compareMethod(row: BenchmarkRow, audience: BenchmarkAudience, context: MeasureContext): MethodComparison | null {
  const definition = DEFINITIONS[row.metric];
  if (definition === undefined) return null;
  const differences: BenchmarkDifference[] = [];
  const stated = new Set<string>();
  let field = definition.field;
  for (const clause of row.method.split(/,\s*/).filter((text) => text.trim() !== '')) {
    const rule = definition.clauses.find((candidate) => candidate.pattern.test(clause.trim()));
    if (rule === undefined) {
      differences.push(method('method', `the method "${clause.trim()}" is not Baromètre's`, `la méthode « ${clause.trim()} » n’est pas celle de Baromètre`));
      continue;
    }
    stated.add(rule.dimension);
    if (rule.field !== undefined) field = rule.field;
    const difference = rule.judge(audience, context);
    if (difference !== null) differences.push(difference);
  }
  for (const dimension of definition.required) {
    if (!stated.has(dimension)) {
      const name = DIMENSION_NAMES[dimension] ?? { en: dimension, fr: dimension };
      differences.push(method(dimension, `the method does not state its ${name.en}`, `la méthode ne précise pas ${name.fr}`));
    }
  }
  if (row.verification === 'unverified') {
    differences.push(
      method('verification', 'the figure is a rule of thumb without published data', 'le chiffre est une règle empirique sans données publiées'),
    );
  }
  if (definition.indicator === 'socialEngagementRate') differences.push(...platformDifferences(row, context));
  differences.push(...countryDifferences(row, audience));
  return { indicator: definition.indicator, field, differences };
}

/** A social figure is for one platform; it compares only when every post is on it. */
function platformDifferences(row: BenchmarkRow, context: MeasureContext): BenchmarkDifference[] {
  const platforms = segmentPlatforms(row.segment);
  if (context.platforms.length === 1 && platforms.includes(context.platforms[0]!)) return [];
  const posted = context.platforms.join(', ') || '—';
  return [
    method(
      'platform',
      `the figure is for ${platforms.join('/') || 'all platforms together'}; the posts are on ${posted}`,
      `le chiffre porte sur ${platforms.join('/') || 'toutes les plateformes ensemble'} ; les publications sont sur ${posted}`,
    ),
  ];
}

/** A figure from another country than the workspace's (or when the workspace has not given one) is a population difference. */
function countryDifferences(row: BenchmarkRow, audience: BenchmarkAudience): BenchmarkDifference[] {
  if (row.country.toLowerCase() === 'global') return [];
  if (audience.country === null) {
    return [
      {
        dimension: 'country',
        kind: 'population',
        en: `the figure was measured in ${row.country}, and the workspace has not given its country (barometre settings set country …)`,
        fr: `le chiffre a été mesuré en ${row.country}, et l’espace de travail n’a pas donné son pays (barometre settings set country …)`,
      },
    ];
  }
  if (sameCountry(row.country, audience.country)) return [];
  return [
    {
      dimension: 'country',
      kind: 'population',
      en: `the figure was measured in ${row.country}, not in ${audience.country}`,
      fr: `le chiffre a été mesuré en ${row.country}, pas en ${audience.country}`,
    },
  ];
}
