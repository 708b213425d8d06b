import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/**
 * End-to-end: `barometre` under LANG=fr_FR.UTF-8 speaks French with French typography
 * (no-break space U+00A0 before : ; ? ! % €, thousands grouped with U+202F, intervals
 * `[a ; b]`), under LANG=C English as before; --json is the same in both, --csv is written for
 * a French spreadsheet (`;`, decimal commas, a UTF-8 BOM).
 * The commands run one after the other: they share the demo's database file.
 */
const FIXTURES = fileURLToPath(new URL('../importing/fixtures/', import.meta.url));
const NBSP = '\u00A0';
const DEMO_RUN_MS = 120_000;

describe('barometre in French (end to end)', () => {
  let folder: string;
  let db: string;
  /** The arguments with --db after the command's name, so that a flag missing its value comes last. */
  const onDemo = ([name = '', ...rest]: readonly string[]) => [name, '--db', db, ...rest];
  const french = (args: readonly string[]) => runBarometre(onDemo(args), folder, undefined, 'fr_FR.UTF-8');
  const english = (args: readonly string[]) => runBarometre(onDemo(args), folder);

  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-fr-e2e-'));
    db = join(folder, 'demo.duckdb');
    for (const name of ['customers.csv', 'orders.csv']) copyFileSync(join(FIXTURES, name), join(folder, name));
    writeFileSync(join(folder, 'bad-orders.csv'), 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\n');
    writeFileSync(join(folder, 'no-id.csv'), 'name,created_at\nAna,2024-03-05\n');
  }, DEMO_RUN_MS);
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    'loads the demo and says so in French, counts grouped',
    async () => {
      const result = await runBarometre(['demo', '--db', db], folder, DEMO_RUN_MS, 'fr_FR.UTF-8');
      expect(result.status).toBe(0);
      const said = lines(result.stdout);
      expect(said).toContainEqual(`customers${NBSP}: 3\u202F000 ajoutés, 0 mis à jour`);
      expect(said.at(-1)).toBe(`Données de démonstration chargées dans l'espace de travail default. Essayez${NBSP}: barometre report --workspace default`);
    },
    DEMO_RUN_MS,
  );

  it('prints the report with French typography, and the English report as before', async () => {
    const fr = lines((await french(['report'])).stdout);
    expect(fr[0]).toMatch(new RegExp(`^Période${NBSP}: \\d{4}-\\d{2}-\\d{2} → \\d{4}-\\d{2}-\\d{2}$`));
    expect(fr).toContainEqual(expect.stringMatching(new RegExp(`^NPS \\(clients\\) +\\d+,\\d +\\[\\d+,\\d${NBSP}; \\d+,\\d\\] +n = \\d\u202F\\d{3}$`)));
    expect(fr).toContainEqual(expect.stringMatching(new RegExp(`^CSAT \\(% satisfaits\\) +\\d+,\\d${NBSP}% `)));
    const en = lines((await english(['report'])).stdout);
    expect(en[0]).toMatch(/^Period: \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}$/);
    expect(en).toContainEqual(expect.stringMatching(/^NPS \(customers\) +\d+\.\d +\[\d+\.\d; \d+\.\d\] +n = \d{4}$/));
    expect(en.join('\n')).not.toMatch(/[\u00A0\u202F]/);
  });

  it('gives the same --json whatever the language, and --csv for a French spreadsheet', async () => {
    // Outputs whose numbers are exact: a sum of floats in the engine may differ in its last digits from run to run.
    expect((await french(['themes', '--json'])).stdout).toBe((await english(['themes', '--json'])).stdout);
    expect((await french(['import', 'orders', 'bad-orders.csv', '--workspace', 'shop', '--json'])).stdout).toBe(
      (await english(['import', 'orders', 'bad-orders.csv', '--workspace', 'shop', '--json'])).stdout,
    );
    const [frenchHeader, frenchRow] = lines((await french(['customers', '--csv'])).stdout);
    const [englishHeader, englishRow] = lines((await english(['customers', '--csv'])).stdout);
    expect(frenchHeader).toBe(`\uFEFF${englishHeader!.replaceAll(',', ';')}`);
    expect(frenchRow!.split(';')[0]).toBe(englishRow!.split(',')[0]);
    expect(frenchRow).toMatch(/;\d+,\d+;/); // a decimal comma between semicolons
  });

  it('summarises clv in French', async () => {
    const said = lines((await french(['clv'])).stdout);
    expect(said[0]).toMatch(/^Observation jusqu'au \d{4}-\d{2}-\d{2}, unité de temps jour, horizon 364 jours, actualisation 0 par jour\.$/);
    expect(said[1]).toMatch(new RegExp(`^BG/NBD${NBSP}: r = \\d+,\\d+, `));
    expect(said[3]).toMatch(new RegExp(`^\\d\u202F\\d{3} clients, CLV totale [\\d\u202F]+,\\d\\d${NBSP}; --json ou --csv les liste\\.$`));
  });

  it('counts the customers by segment in French', async () => {
    const said = lines((await french(['customers'])).stdout);
    expect(said[0]).toBe('Valeurs selon BG/NBD et Gamma-Gamma.');
    expect(said[1]).toMatch(new RegExp(`^\\d\u202F\\d{3} clients par segment${NBSP}:$`));
    expect(said.at(-1)).toBe('--csv ou --json les liste un par un.');
  });

  it('lists the themes with their French labels, and English ones in English', async () => {
    expect(lines((await french(['themes'])).stdout)).toContainEqual(expect.stringMatching(/^delivery +Livraison \(\d+ fr, \d+ en\)$/));
    expect(lines((await english(['themes'])).stdout)).toContainEqual(expect.stringMatching(/^delivery +Delivery \(\d+ fr, \d+ en\)$/));
  });

  it('adds and removes theme words in French', async () => {
    expect((await french(['themes', 'add', 'retrait', 'click and collect'])).stdout).toBe(
      `1 mot(s) fr ajouté(s) à retrait${NBSP}; la prochaine analyse (barometre feedback) réanalyse les textes.\n`,
    );
    expect((await french(['themes', 'remove', 'retrait'])).stdout).toBe('1 mot(s) retiré(s) de retrait.\n');
  });

  it('creates a read key and explains it in French', async () => {
    const said = lines((await french(['keys', 'create'])).stdout);
    expect(said[1]).toMatch(
      new RegExp(
        `^Clé [0-9a-f]{12}${NBSP}: clé de lecture \\(lit les rapports, n’envoie rien\\) pour l’espace de travail default. Elle n’est affichée que maintenant${NBSP}; envoyez-la ainsi${NBSP}: «${NBSP}Authorization: Bearer <clé>${NBSP}»\\.$`,
      ),
    );
  });

  it('prints the French feedback summary with French typography', async () => {
    const said = lines((await french(['feedback'])).stdout);
    expect(said[0]).toMatch(new RegExp(`^Période${NBSP}: `));
    expect(said[1]).toMatch(/^\d\u202F\d{3} textes analysés$/);
    expect(said[2]).toMatch(new RegExp(`^Sentiment${NBSP}: \\d+${NBSP}% positifs, `));
  });

  it('imports a file and summarises it in French', async () => {
    const result = await french(['import', 'customers', 'customers.csv', '--workspace', 'shop']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`customers.csv${NBSP}: 3 lignes lues, customers${NBSP}: 3 ajoutés, 0 mis à jour.\n`);
  });

  it('says in French that nothing was imported from a file with bad rows', async () => {
    const result = await french(['import', 'orders', 'bad-orders.csv', '--workspace', 'shop']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe(`bad-orders.csv${NBSP}: 2 lignes lues, rien d'importé.\n`);
    expect(lines(result.stderr).at(-1)).toBe(
      `Rien n'a été importé${NBSP}: 1 des 2 lignes de bad-orders.csv sont invalides (corrigez-les, ou passez --skip-invalid pour importer les lignes valides).`,
    );
  });

  it('prints the list of commands and a command usage line in French', async () => {
    const help = await french(['--help']);
    expect(lines(help.stdout)[0]).toBe(`Usage${NBSP}: barometre <commande> [options]`);
    expect(help.stdout).toContain('  clv         ajuster les modèles');
    expect((await french(['customers', '--help'])).stdout).toMatch(/^barometre customers \[--to AAAA-MM-JJ\]/);
    expect(lines((await english(['--help'])).stdout)[0]).toBe('Usage: barometre <command> [options]');
  });

  it.each([
    [
      ['reprot'],
      `Commande inconnue "reprot"${NBSP}; vouliez-vous dire report${NBSP}? (commandes${NBSP}: import, report, clv, customers, feedback, plan, themes, listen, retention, demo, keys, settings, surveys, users, workspaces, forget, export, backup, restore, serve).`,
    ],
    [['clv', '--horizon'], `L'option --horizon attend une valeur (usage${NBSP}: barometre clv [--to AAAA-MM-JJ]`],
    [
      ['clv', '--horizon', '-3'],
      `L'option --horizon attend une valeur (une valeur qui commence par un tiret s'écrit --horizon=-VALEUR) (usage${NBSP}: barometre clv`,
    ],
    [['customers', '--to', '2025-02-30'], `--to "2025-02-30" n'est pas une date du calendrier écrite AAAA-MM-JJ.`],
    [['clv', '--time-unit', 'year'], `--time-unit "year" n'est pas l'une des valeurs day, week.`],
    [['report', '--workspace', 'nope'], `Il n'y a pas d'espace de travail nommé "nope" dans `],
    [['import', 'customers', 'nowhere.csv'], `Le fichier nowhere.csv n'existe pas.`],
    [['import', 'customers', 'no-id.csv'], `Il manque au fichier no-id.csv la colonne obligatoire customer_id (son en-tête a name, created_at).`],
    [['import', 'customer', 'customers.csv'], `Type d'import inconnu "customer"${NBSP}; les types sont `],
  ])('refuses %j in French, with exit status 2', async (args, sentence) => {
    const result = await french(args);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining(sentence)]);
  });
});
