import type { RetentionCohort } from '../../api/types.js';
import { HeatMap } from '../../components/HeatMap.js';
import { heatDomain } from '../../charts/heatScale.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import { cohortRows, cohortValues, cohortWidth } from './cohortRows.js';

const WORDS = {
  title: { en: 'Retention by cohort', fr: 'Rétention par cohorte' },
  caption: {
    en: 'Share of each month’s new customers who ordered again k months after their first order',
    fr: 'Part des nouveaux clients de chaque mois ayant recommandé k mois après leur première commande',
  },
  cohort: { en: 'First order', fr: 'Première commande' },
  month: { en: 'Month', fr: 'Mois' },
  customers: { en: 'customers', fr: 'clients' },
  help: {
    en: 'Month 0 is 100 % by definition and is not coloured. Recent cohorts have fewer months, and the last one of each is partial when the period ends mid-month. Hover a cell for its count and 95 % interval.',
    fr: "Le mois 0 vaut 100 % par définition et n'est pas coloré. Les cohortes récentes ont moins de mois, et le dernier de chacune est partiel quand la période finit en cours de mois. Survolez une case pour son effectif et son intervalle à 95 %.",
  },
  none: { en: 'No customer placed a first order in this period.', fr: "Aucun client n'a passé de première commande sur cette période." },
} satisfies Record<string, Words>;

/** The retention triangle of the report (`cohorts=month`) as a heat map: a row per cohort month, a column per month since the first order. */
export function RetentionCohorts({ cohorts }: { cohorts: readonly RetentionCohort[] }) {
  const language = useLanguage();
  const width = cohortWidth(cohorts);
  return (
    <section class="panel" aria-labelledby="retention-cohorts">
      <h2 id="retention-cohorts">{say(WORDS.title, language)}</h2>
      {cohorts.length === 0 ? (
        <p class="note">{say(WORDS.none, language)}</p>
      ) : (
        <>
          <p class="note">{say(WORDS.help, language)}</p>
          <HeatMap
            caption={say(WORDS.caption, language)}
            corner={say(WORDS.cohort, language)}
            columns={Array.from({ length: width }, (_, month) => `${say(WORDS.month, language)} ${formatNumber(month, language, 0)}`)}
            rows={cohortRows(cohorts, language, say(WORDS.customers, language))}
            domain={heatDomain(cohortValues(cohorts))}
            format={(value) => formatPercent(value, language, 0)}
          />
        </>
      )}
    </section>
  );
}
