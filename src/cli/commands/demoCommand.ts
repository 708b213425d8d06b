import { UsageError } from '../../errors/errors.js';
import { refreshAnalyses } from '../../services/feedback/refreshAnalyses.js';
import { loadDemo } from '../../demo/loadDemo.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { formatCount } from '../../output/localeFormat.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { progressBar } from '../progressBar.js';
import { refuseArguments, withStore } from '../commonOptions.js';

/** `barometre demo`: loads the demo retailer's 18 months of data into the workspace. */
export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'load the demo dataset into the workspace',
  usage: 'barometre demo [--workspace NAME] [--seed N] [--json]',
  french: {
    summary: "charger les données de démonstration dans l'espace de travail",
    usage: 'barometre demo [--workspace NOM] [--seed N] [--json]',
  },
  options: { seed: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const seed = flags.seed === undefined ? undefined : Number(flags.seed);
    if (seed !== undefined && !Number.isSafeInteger(seed)) {
      throw new UsageError({
        en: `--seed ${JSON.stringify(flags.seed)} is not a whole number.`,
        fr: `--seed ${JSON.stringify(flags.seed)} n'est pas un nombre entier.`,
      });
    }
    const { imports: results, barometer } = await withStore(flags, output, async (store) => {
      const workspace = await findWorkspace(store, flags.workspace, { create: true, demo: true });
      const progress = progressBar(output);
      try {
        const loaded = await loadDemo(store, workspace.id, { ...(seed === undefined ? {} : { seed }), onProgress: progress.update });
        // The comments are analysed while loading, so the first customer list, report or feedback page does not wait for it.
        await refreshAnalyses(store, workspace.id, (done, total) => progress.update('analysing demo comments', total === 0 ? null : (100 * done) / total));
        return loaded;
      } finally {
        progress.done();
      }
    });
    if (flags.json) {
      output.stdout.write(
        `${JSON.stringify({ workspace: flags.workspace, imports: results.map(({ kind, rows, inserted, updated }) => ({ kind, rows, inserted, updated })), barometer })}\n`,
      );
    } else {
      const count = (n: number) => formatCount(n, output.language);
      for (const result of results) {
        output.stdout.write(
          inLanguage(
            {
              en: `${result.kind}: ${result.inserted} added, ${result.updated} updated\n`,
              fr: `${result.kind} : ${count(result.inserted)} ajoutés, ${count(result.updated)} mis à jour\n`,
            },
            output.language,
          ),
        );
      }
      output.stdout.write(
        inLanguage(
          {
            en: `employee barometer: survey ${barometer.surveyId}, ${barometer.answers} answer sets\n`,
            fr: `baromètre interne : enquête ${barometer.surveyId}, ${count(barometer.answers)} réponses\n`,
          },
          output.language,
        ),
      );
      output.stdout.write(
        inLanguage(
          {
            en: `Demo data loaded into workspace ${flags.workspace}. Try: barometre report --workspace ${flags.workspace}\n`,
            fr: `Données de démonstration chargées dans l'espace de travail ${flags.workspace}. Essayez : barometre report --workspace ${flags.workspace}\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});
