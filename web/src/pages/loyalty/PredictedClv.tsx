import type { ClvAnswer } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { Bars } from '../../components/Bars.js';
import { Status } from '../../components/Status.js';
import { formatDay, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import { clvDeciles, clvTotal } from './clvDistribution.js';
import { modelName } from './modelNames.js';

const WORDS = {
  title: { en: 'Predicted customer value (CLV)', fr: 'Valeur client prédite (CLV)' },
  asOf: { en: 'Fitted on the orders up to', fr: "Ajusté sur les commandes jusqu'au" },
  purchaseModel: { en: 'Purchases', fr: 'Achats' },
  spendModel: { en: 'Spend per purchase', fr: 'Dépense par achat' },
  parameters: { en: 'parameters', fr: 'paramètres' },
  logLikelihood: { en: 'log-likelihood', fr: 'log-vraisemblance' },
  repeatCustomers: { en: 'repeat customers', fr: 'clients ayant racheté' },
  horizon: { en: 'Horizon', fr: 'Horizon' },
  discount: { en: 'discount rate per', fr: "taux d'actualisation par" },
  day: { en: 'day', fr: 'jour' },
  days: { en: 'days', fr: 'jours' },
  week: { en: 'week', fr: 'semaine' },
  weeks: { en: 'weeks', fr: 'semaines' },
  total: { en: 'Total predicted CLV', fr: 'CLV prédite totale' },
  mean: { en: 'Per customer', fr: 'Par client' },
  customers: { en: 'Customers valued', fr: 'Clients valorisés' },
  purchases: { en: 'Expected purchases', fr: 'Achats attendus' },
  alive: { en: 'Mean P(alive)', fr: 'P(vivant) moyenne' },
  deciles: {
    en: 'Predicted CLV by tenth of customers, highest first (share of the total)',
    fr: 'CLV prédite par dixième des clients, du plus haut au plus bas (part du total)',
  },
  top: { en: 'Top', fr: 'Premiers' },
  fallback: { en: 'The model asked for could not be fitted', fr: "Le modèle demandé n'a pas pu être ajusté" },
  spendFallback: {
    en: "Gamma-Gamma could not be fitted: each customer's own mean spend is used",
    fr: "Gamma-Gamma n'a pas pu être ajusté : la dépense moyenne propre à chaque client est utilisée",
  },
  method: {
    en: 'Expected purchases over the horizon × expected spend per purchase, per customer (docs/clv.md).',
    fr: "Achats attendus sur l'horizon × dépense attendue par achat, pour chaque client (docs/clv.md).",
  },
} satisfies Record<string, Words>;

/** A model's parameters written `r = 1.13, α = 69.8…`, Greek where the papers write Greek. */
function parameterText(params: Record<string, number>, language: Language): string {
  const greek: Record<string, string> = { alpha: 'α', beta: 'β', v: 'γ' };
  return Object.entries(params)
    .map(([name, value]) => `${greek[name] ?? name} = ${formatNumber(value, language, 3)}`)
    .join(', ');
}

/** The label of a tenth of customers ranked by value: `Top 10 %`, `10–20 %`… */
function decileLabel(decile: number, language: Language): string {
  return decile === 1 ? `${say(WORDS.top, language)} ${formatPercent(10, language, 0)}` : `${(decile - 1) * 10}–${formatPercent(decile * 10, language, 0)}`;
}

/**
 * Predicted CLV (GET /api/clv, docs/clv.md, fitted up to the end of the view's period): the
 * purchase and spend models with their fitted parameters and log-likelihoods (and why one
 * stood in for another), the horizon and discount rate, the total and mean predicted value,
 * and its spread over the customers by tenth.
 */
export function PredictedClv({ workspace, to }: { workspace: string; to: string | undefined }) {
  const language = useLanguage();
  const answer = useApi<ClvAnswer>('/api/clv', { workspace, to });
  const data = answer.data;
  const unit = data?.timeUnit === 'week' ? 'week' : 'day';
  const values = data?.customers.map((customer) => customer.clv) ?? [];
  const total = clvTotal(values);
  const mean = (numbers: readonly number[]) => (numbers.length > 0 ? clvTotal(numbers) / numbers.length : null);
  const meanValue = mean(values);
  const meanAlive = mean(data?.customers.map((customer) => customer.pAlive) ?? []);
  const figures: [Words, string][] = [
    [WORDS.total, formatMoney(total, language)],
    [WORDS.mean, meanValue === null ? '–' : formatMoney(meanValue, language)],
    [WORDS.customers, formatNumber(values.length, language, 0)],
    [WORDS.purchases, formatNumber(clvTotal(data?.customers.map((customer) => customer.expectedPurchases) ?? []), language, 0)],
    [WORDS.alive, meanAlive === null ? '–' : formatPercent(100 * meanAlive, language)],
  ];
  return (
    <section class="panel" aria-labelledby="predicted-clv">
      <h2 id="predicted-clv">{say(WORDS.title, language)}</h2>
      <Status loading={answer.loading && data === undefined} error={answer.error} />
      {data !== undefined && (
        <div class="grid-2 even-bars" aria-busy={answer.loading}>
          <div>
            <p>
              {say(WORDS.asOf, language)} {formatDay(data.to, language)}. {say(WORDS.method, language)}
            </p>
            <dl class="facts">
              <dt>{say(WORDS.purchaseModel, language)}</dt>
              <dd>
                {modelName(data.model, language)}: {parameterText(data.params, language)}; {say(WORDS.logLikelihood, language)}{' '}
                {formatNumber(data.logLikelihood, language, 1)}
                {data.fallback && (
                  <>
                    {' '}
                    ({say(WORDS.fallback, language)}, {modelName(data.fallback.model, language)}: {data.fallback.reason})
                  </>
                )}
              </dd>
              <dt>{say(WORDS.spendModel, language)}</dt>
              <dd>
                {data.spend.params === null ? (
                  say(WORDS.spendFallback, language)
                ) : (
                  <>
                    {modelName(data.spend.model, language)}: {parameterText(data.spend.params, language)}; {say(WORDS.logLikelihood, language)}{' '}
                    {formatNumber(data.spend.logLikelihood ?? 0, language, 1)}; {formatNumber(data.spend.customers, language, 0)}{' '}
                    {say(WORDS.repeatCustomers, language)}
                  </>
                )}
                {data.spend.fallback && <> ({data.spend.fallback.reason})</>}
              </dd>
              <dt>{say(WORDS.horizon, language)}</dt>
              <dd>
                {formatNumber(data.horizon, language, 0)} {say(unit === 'week' ? WORDS.weeks : WORDS.days, language)}, {say(WORDS.discount, language)}{' '}
                {say(unit === 'week' ? WORDS.week : WORDS.day, language)} {formatPercent(100 * data.discountRate, language, 2)}
              </dd>
            </dl>
            <div class="cards">
              {figures.map(([words, text]) => (
                <article class="card" key={words.en}>
                  <h3>{say(words, language)}</h3>
                  <p class="value">{text}</p>
                </article>
              ))}
            </div>
          </div>
          <Bars
            title={say(WORDS.deciles, language)}
            bars={clvDeciles(values).map((decile) => ({
              label: decileLabel(decile.decile, language),
              value: decile.total,
              text: `${formatMoney(decile.total, language)} (${decile.share === null ? '–' : formatPercent(decile.share, language)})`,
            }))}
          />
        </div>
      )}
    </section>
  );
}
