import { applyRetention } from '../../services/retention/applyRetention.js';
import { findWorkspace } from '../../store/workspaces.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/**
 * `barometre retention apply` (docs/cli.md, docs/privacy.md "Retention"): applies the
 * workspace's `retentionMonths` setting now, as the server does daily.
 */
export const retentionCommand = defineCommand({
  name: 'retention',
  summary: "delete the workspace's raw events older than its retentionMonths setting now (the daily rollups stay; the server does it daily)",
  usage: 'barometre retention apply [--workspace NAME] [--json]',
  french: {
    summary:
      "supprimer maintenant les événements bruts de l'espace de travail plus anciens que son réglage retentionMonths (les cumuls quotidiens restent ; le serveur le fait chaque jour)",
    usage: 'barometre retention apply [--workspace NOM] [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    if (positionals.length !== 1 || positionals[0] !== 'apply') throw useInstead(this);
    const outcome = await withStore(flags, output, async (store) => applyRetention(store, (await findWorkspace(store, flags.workspace)).id));
    if (flags.json) {
      output.stdout.write(`${JSON.stringify(outcome)}\n`);
      return EXIT_SUCCESS;
    }
    if (outcome.months === null) {
      output.stdout.write(
        inLanguage(
          {
            en: `Workspace ${flags.workspace} keeps every event: it has no retentionMonths setting (barometre settings set retentionMonths N).\n`,
            fr: `L’espace de travail ${flags.workspace} garde tous les événements : il n’a pas de réglage retentionMonths (barometre settings set retentionMonths N).\n`,
          },
          output.language,
        ),
      );
      return EXIT_SUCCESS;
    }
    const { keptFrom, deleted } = outcome;
    output.stdout.write(
      inLanguage(
        deleted === null
          ? {
              en: `Nothing to delete: workspace ${flags.workspace} already keeps raw events from ${keptFrom} on at most.\n`,
              fr: `Rien à supprimer : l’espace de travail ${flags.workspace} ne garde déjà les événements bruts qu’à partir du ${keptFrom} au plus tôt.\n`,
            }
          : {
              en: `Deleted the raw data before ${keptFrom}: ${deleted.events} events, ${deleted.sessions} sessions, ${deleted.visitorDays} visitor days. The daily rollups of those days stay.\n`,
              fr: `Données brutes antérieures au ${keptFrom} supprimées : ${deleted.events} événements, ${deleted.sessions} sessions, ${deleted.visitorDays} jours de visite. Les cumuls quotidiens de ces jours restent.\n`,
            },
        output.language,
      ),
    );
    return EXIT_SUCCESS;
  },
});
