import type { EngagementDimension, EngagementDriver, HiddenFigure, Report } from '../../api/types.js';
import { ChangeBadge } from '../../components/ChangeBadge.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { HeatMap } from '../../components/HeatMap.js';
import { dimensionName } from '../../indicators/barometerDimensions.js';
import { formatInterval, formatValue } from '../../indicators/formatValue.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { COMMON, labelled, say, useLanguage, type Words } from '../../i18n/words.js';
import { barometerHeatRows, dimensionHeadings, dimensionsOf, HIDDEN_WORDS, hiddenKind, isHidden, shownBarometer } from './barometerCells.js';

const WORDS = {
  dimensions: { en: 'The barometer by dimension (0–100)', fr: 'Le baromètre par dimension (0–100)' },
  dimensionsCaption: {
    en: 'Each dimension: score, favourable share, consistency of its items and respondents',
    fr: 'Chaque dimension : score, part favorable, cohérence de ses items et répondants',
  },
  dimension: { en: 'Dimension', fr: 'Dimension' },
  score: { en: 'Score', fr: 'Score' },
  favourable: { en: 'Favourable (4–5)', fr: 'Favorables (4–5)' },
  alpha: { en: 'Cronbach’s α', fr: 'α de Cronbach' },
  respondents: { en: 'Respondents', fr: 'Répondants' },
  change: { en: 'Change', fr: 'Évolution' },
  lowAlpha: { en: 'under 0.7', fr: 'sous 0,7' },
  lowAlphaHelp: {
    en: 'An α under 0.7 says the items of this dimension may not measure one thing: read them before reading the score.',
    fr: 'Un α sous 0,7 indique que les items de cette dimension ne mesurent peut-être pas une seule chose : lisez-les avant de lire le score.',
  },
  changeHelp: {
    en: 'A change is called real only when its test says so; split by group, after the Benjamini–Hochberg correction (false discovery rate 5 %).',
    fr: 'Une évolution n’est dite réelle que si son test le dit ; par groupe, après la correction de Benjamini–Hochberg (taux de fausses découvertes 5 %).',
  },
  favourableShare: { en: 'Favourable answers', fr: 'Réponses favorables' },
  byGroup: { en: 'Dimensions by group', fr: 'Dimensions par groupe' },
  byGroupCaption: {
    en: 'Score 0–100 of each dimension (columns) in each group (rows)',
    fr: 'Score 0–100 de chaque dimension (colonnes) dans chaque groupe (lignes)',
  },
  byGroupHelp: {
    en: 'Score 0–100 of each dimension in each group; hover a cell for its 95 % interval and respondents. A hidden cell says why, never its number.',
    fr: 'Score 0–100 de chaque dimension dans chaque groupe ; survolez une case pour son intervalle à 95 % et ses répondants. Une case masquée dit pourquoi, jamais son chiffre.',
  },
  group: { en: 'Group', fr: 'Groupe' },
  drivers: { en: 'What to work on', fr: 'Sur quoi agir' },
  driversCaption: { en: 'Dimensions ranked, strongest relation first', fr: 'Dimensions classées, lien le plus fort d’abord' },
  driversHelp: {
    en: 'Dimensions ranked by how closely their scores move with engagement (else with the eNPS answer): Pearson’s r with its 95 % interval. Correlation is not cause.',
    fr: 'Dimensions classées selon le lien de leurs scores avec l’engagement (sinon avec la réponse eNPS) : r de Pearson et son intervalle à 95 %. Corrélation n’est pas causalité.',
  },
  rank: { en: 'Rank', fr: 'Rang' },
  withEngagement: { en: 'r with engagement', fr: 'r avec l’engagement' },
  withEnps: { en: 'r with eNPS', fr: 'r avec l’eNPS' },
  priority: { en: 'Priority', fr: 'Priorité' },
  priorityYes: { en: 'low, and it matters most', fr: 'basse, et elle compte le plus' },
  comments: { en: 'Read the employees’ comments', fr: 'Lire les commentaires des collaborateurs' },
  commentsHelp: {
    en: 'Texts of groups of fewer than 5 employees are not shown.',
    fr: 'Les textes des groupes de moins de 5 collaborateurs ne sont pas montrés.',
  },
  noValue: COMMON.noValue,
} satisfies Record<string, Words>;

type DimensionRow = { name: string; figure: EngagementDimension | HiddenFigure };

/**
 * The employee barometer of the report (docs/indicators.md, `employeeEngagement`) under the
 * Employees page's cards: its favourable share, a table of its dimensions (score and
 * favourable share with their intervals, Cronbach's α flagged under 0.7, respondents, the
 * change with its test's verdict), a heat map of groups × dimensions in a split report, the
 * drivers ranked with the priorities flagged, and a link to the employees' comments. Hidden
 * figures show why, never a number. Nothing when the barometer is absent or hidden.
 */
export function BarometerPanel({ report, commentsHref }: { report: Report; commentsHref: string }) {
  const language = useLanguage();
  const barometer = shownBarometer(report.indicators.employeeEngagement);
  if (barometer === null) return null;
  const compared = report.comparedWith !== undefined;
  const rows: DimensionRow[] = Object.entries(barometer.dimensions).map(([name, figure]) => ({ name, figure }));
  const shown = (row: DimensionRow) => (isHidden(row.figure) ? null : row.figure);
  const index = (value: number | null, ci95: [number, number] | null) =>
    value === null ? '—' : `${formatValue(value, 'index', language)}${ci95 === null ? '' : ` ${formatInterval(ci95, 'index', language)}`}`;
  const percent = (value: number | null, ci95: [number, number] | null) =>
    value === null ? '—' : `${formatPercent(value, language)}${ci95 === null ? '' : ` ${formatInterval(ci95, 'percent', language)}`}`;
  const columns: Column<DimensionRow>[] = [
    { heading: say(WORDS.dimension, language), cell: (row) => dimensionName(row.name, language) },
    {
      heading: say(WORDS.score, language),
      numeric: true,
      cell: (row) => {
        if (isHidden(row.figure)) {
          const words = HIDDEN_WORDS[hiddenKind(row.figure)];
          return <span title={say(words.reason, language)}>{say(words.short, language)}</span>;
        }
        return index(row.figure.value, row.figure.ci95);
      },
      sortValue: (row) => shown(row)?.value ?? null,
    },
    {
      heading: say(WORDS.favourable, language),
      numeric: true,
      cell: (row) => (shown(row) === null ? '' : percent(shown(row)!.favourable, shown(row)!.favourableCi95)),
    },
    {
      heading: say(WORDS.alpha, language),
      numeric: true,
      cell: (row) => {
        const dimension = shown(row);
        if (dimension === null) return '';
        const alpha = dimension.alpha === null ? '—' : formatNumber(dimension.alpha, language, 2);
        return dimension.alphaWarning ? (
          <>
            {alpha}{' '}
            <span class="badge badge-warning" title={say(WORDS.lowAlphaHelp, language)}>
              {say(WORDS.lowAlpha, language)}
            </span>
          </>
        ) : (
          alpha
        );
      },
    },
    { heading: say(WORDS.respondents, language), numeric: true, cell: (row) => (shown(row) === null ? '' : formatNumber(shown(row)!.n, language, 0)) },
  ];
  if (compared) {
    columns.push({
      heading: say(WORDS.change, language),
      cell: (row) => {
        const change = shown(row)?.change;
        return change === undefined ? '' : <ChangeBadge change={change} kind="index" higherIsBetter={true} />;
      },
    });
  }
  const anyLowAlpha = rows.some((row) => shown(row)?.alphaWarning === true);
  return (
    <>
      <section class="panel" aria-labelledby="barometer-dimensions">
        <h2 id="barometer-dimensions">{say(WORDS.dimensions, language)}</h2>
        {barometer.favourable !== null && (
          <p>
            {labelled(WORDS.favourableShare, language)} <strong>{percent(barometer.favourable, barometer.favourableCi95)}</strong>
          </p>
        )}
        <DataTable caption={say(WORDS.dimensionsCaption, language)} columns={columns} rows={rows} rowKey={(row) => row.name} />
        {anyLowAlpha && <p class="note">{say(WORDS.lowAlphaHelp, language)}</p>}
        {compared && <p class="note">{say(WORDS.changeHelp, language)}</p>}
        <p>
          <a href={commentsHref}>{say(WORDS.comments, language)}</a> <span class="note">{say(WORDS.commentsHelp, language)}</span>
        </p>
      </section>
      <GroupHeatMap report={report} dimensions={dimensionsOf(barometer, report.groups)} />
      {barometer.drivers.length > 0 && <Drivers drivers={barometer.drivers} />}
    </>
  );
}

/** The groups × dimensions heat map of a split report, with the reasons of the hidden cells written out below it. */
function GroupHeatMap({ report, dimensions }: { report: Report; dimensions: readonly string[] }) {
  const language = useLanguage();
  const rows = barometerHeatRows(report.groups, dimensions, say(WORDS.noValue, language), language);
  if (rows.length === 0) return null;
  const kinds = new Set(
    (report.groups ?? []).flatMap((group) => {
      const record = group.indicators.employeeEngagement;
      if (record === undefined) return [];
      if (isHidden(record)) return [hiddenKind(record)];
      return Object.values(shownBarometer(record)?.dimensions ?? {}).flatMap((figure) => (isHidden(figure) ? [hiddenKind(figure)] : []));
    }),
  );
  return (
    <section class="panel" aria-labelledby="barometer-groups">
      <h2 id="barometer-groups">{say(WORDS.byGroup, language)}</h2>
      <p class="note">{say(WORDS.byGroupHelp, language)}</p>
      <HeatMap
        caption={say(WORDS.byGroupCaption, language)}
        corner={say(WORDS.group, language)}
        columns={dimensionHeadings(dimensions, language)}
        rows={rows}
        domain={[0, 100]}
        format={(value) => formatNumber(value, language, 0)}
      />
      {[...kinds].map((kind) => (
        <p class="note" key={kind}>
          {labelled(HIDDEN_WORDS[kind].short, language)} {say(HIDDEN_WORDS[kind].reason, language)}
        </p>
      ))}
    </section>
  );
}

/** The drivers ranked: score, r with engagement and with eNPS with their intervals, the priorities flagged. */
function Drivers({ drivers }: { drivers: readonly EngagementDriver[] }) {
  const language = useLanguage();
  const correlation = (value: EngagementDriver['enps']) =>
    value === null ? '—' : `${formatValue(value.r, 'ratio', language)}${value.ci95 === null ? '' : ` ${formatInterval(value.ci95, 'ratio', language)}`}`;
  const ranked = drivers.map((driver, rank) => ({ ...driver, rank: rank + 1 }));
  const columns: Column<(typeof ranked)[number]>[] = [
    { heading: say(WORDS.rank, language), numeric: true, cell: (driver) => formatNumber(driver.rank, language, 0) },
    { heading: say(WORDS.dimension, language), cell: (driver) => dimensionName(driver.dimension, language) },
    { heading: say(WORDS.score, language), numeric: true, cell: (driver) => formatValue(driver.value, 'index', language) },
    { heading: say(WORDS.withEngagement, language), numeric: true, cell: (driver) => correlation(driver.engagement) },
    { heading: say(WORDS.withEnps, language), numeric: true, cell: (driver) => correlation(driver.enps) },
    {
      heading: say(WORDS.priority, language),
      cell: (driver) => (driver.priority ? <strong class="badge badge-warning">{say(WORDS.priorityYes, language)}</strong> : ''),
    },
  ];
  return (
    <section class="panel" aria-labelledby="barometer-drivers">
      <h2 id="barometer-drivers">{say(WORDS.drivers, language)}</h2>
      <p class="note">{say(WORDS.driversHelp, language)}</p>
      <DataTable caption={say(WORDS.driversCaption, language)} columns={columns} rows={ranked} rowKey={(driver) => driver.dimension} />
    </section>
  );
}
