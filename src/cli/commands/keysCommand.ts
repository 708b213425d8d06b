import { createApiKey } from '../../store/apiKeys.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { withStore } from '../commonOptions.js';

/** `barometre keys create`: makes a read key for the HTTP API of one workspace. */
export const keysCommand = defineCommand({
  name: 'keys',
  summary: 'create a read key for the HTTP API',
  usage: 'barometre keys create [--workspace NAME] [--json]',
  french: {
    summary: "créer une clé de lecture pour l'API HTTP",
    usage: 'barometre keys create [--workspace NOM] [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    if (positionals.length !== 1 || positionals[0] !== 'create') throw useInstead(this);
    const key = await withStore(flags, output, async (store) => createApiKey(store, (await findWorkspace(store, flags.workspace)).id));
    if (flags.json) output.stdout.write(`${JSON.stringify({ workspace: flags.workspace, scope: 'read', key })}\n`);
    else {
      output.stdout.write(
        inLanguage(
          {
            en: `${key}\nA read key for workspace ${flags.workspace}; it is shown only now. Send it as "Authorization: Bearer <key>".\n`,
            fr: `${key}\nUne clé de lecture pour l'espace de travail ${flags.workspace} ; elle n'est affichée que maintenant. Envoyez-la ainsi : « Authorization: Bearer <clé> ».\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});
