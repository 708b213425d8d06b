import type { Language } from '../../output/language.js';
import { settingKey, setWorkspaceSetting, unsetWorkspaceSetting, workspaceSettings } from '../../services/settings/workspaceSettings.js';
import { findWorkspace } from '../../store/workspaces.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/** The sentence for a setting the workspace does not have. */
function notSet(key: string, workspace: string, language: Language): string {
  return inLanguage({ en: `${key} is not set for workspace ${workspace}.\n`, fr: `${key} n’est pas réglé pour l’espace de travail ${workspace}.\n` }, language);
}

/** `barometre settings set|get|list|unset` (docs/cli.md): what a workspace says about itself (its sector, country, NPS survey kind) and how long it keeps raw events. */
export const settingsCommand = defineCommand({
  name: 'settings',
  summary:
    "set, show or remove the workspace's settings (sector, country, npsSurvey: the sector figures beside the report; retentionMonths: how long raw events are kept)",
  usage: 'barometre settings set KEY VALUE | settings get KEY | settings list [--json] | settings unset KEY',
  french: {
    summary:
      "régler, afficher ou retirer les réglages de l'espace de travail (sector, country, npsSurvey : les chiffres du secteur à côté du rapport ; retentionMonths : durée de conservation des événements bruts)",
    usage: 'barometre settings set CLÉ VALEUR | settings get CLÉ | settings list [--json] | settings unset CLÉ',
  },
  options: {},
  async run(flags, positionals, output) {
    const [action, key, value, ...rest] = positionals;
    if (rest.length > 0) throw useInstead(this);
    const workspaceId = async (store: Parameters<typeof findWorkspace>[0]) => (await findWorkspace(store, flags.workspace)).id;
    if (action === 'set' && key !== undefined && value !== undefined) {
      const stored = await withStore(flags, output, async (store) => setWorkspaceSetting(store, await workspaceId(store), key, value));
      output.stdout.write(flags.json ? `${JSON.stringify(stored)}\n` : `${stored.key} = ${stored.value}\n`);
      return EXIT_SUCCESS;
    }
    if (value !== undefined) throw useInstead(this);
    if ((action === 'get' || action === 'unset') && key !== undefined) {
      const known = settingKey(key);
      if (action === 'unset') {
        const removed = await withStore(flags, output, async (store) => unsetWorkspaceSetting(store, await workspaceId(store), known));
        if (flags.json) output.stdout.write(`${JSON.stringify({ key: known, removed })}\n`);
        else
          output.stdout.write(
            removed
              ? inLanguage({ en: `${known} is unset.\n`, fr: `${known} est retiré.\n` }, output.language)
              : notSet(known, flags.workspace, output.language),
          );
        return EXIT_SUCCESS;
      }
      const settings = await withStore(flags, output, async (store) => workspaceSettings(store, await workspaceId(store)), { readOnly: true });
      const stored = settings[known] ?? null;
      if (flags.json) output.stdout.write(`${JSON.stringify({ key: known, value: stored })}\n`);
      else if (stored === null) output.stderr.write(notSet(known, flags.workspace, output.language));
      else output.stdout.write(`${stored}\n`);
      return EXIT_SUCCESS;
    }
    if (action === 'list' && key === undefined) {
      const settings = await withStore(flags, output, async (store) => workspaceSettings(store, await workspaceId(store)), { readOnly: true });
      if (flags.json) output.stdout.write(`${JSON.stringify(settings)}\n`);
      else if (Object.keys(settings).length === 0) {
        output.stdout.write(
          inLanguage(
            { en: `Workspace ${flags.workspace} has no settings.\n`, fr: `L’espace de travail ${flags.workspace} n’a aucun réglage.\n` },
            output.language,
          ),
        );
      } else
        output.stdout.write(
          Object.entries(settings)
            .map(([name, setting]) => `${name} = ${setting}\n`)
            .join(''),
        );
      return EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});
