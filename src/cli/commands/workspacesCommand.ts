import { createWorkspace, listWorkspaces } from '../../services/accounts/workspaces.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/** `barometre workspaces list|create NAME` (docs/cli.md): the store's workspaces, each with its own data, keys and members. */
export const workspacesCommand = defineCommand({
  name: 'workspaces',
  summary: 'list the workspaces, or create one',
  usage: 'barometre workspaces list | workspaces create NAME [--json]',
  french: {
    summary: 'lister les espaces de travail, ou en créer un',
    usage: 'barometre workspaces list | workspaces create NOM [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    const [action, name, ...rest] = positionals;
    if (action === 'list' && name === undefined) {
      const workspaces = await withStore(flags, output, listWorkspaces, { readOnly: true });
      if (flags.json) output.stdout.write(`${JSON.stringify({ workspaces: workspaces.map((w) => ({ name: w.name, demo: w.isDemo })) })}\n`);
      else if (workspaces.length === 0) {
        output.stdout.write(
          `${inLanguage({ en: 'No workspace yet: barometre workspaces create NAME makes one.', fr: "Aucun espace de travail pour l'instant : barometre workspaces create NOM en crée un." }, output.language)}\n`,
        );
      } else for (const workspace of workspaces) output.stdout.write(`${workspace.name}${workspace.isDemo ? ' (demo)' : ''}\n`);
      return EXIT_SUCCESS;
    }
    if (action === 'create' && name !== undefined && rest.length === 0) {
      const workspace = await withStore(flags, output, (store) => createWorkspace(store, name));
      if (flags.json) output.stdout.write(`${JSON.stringify({ name: workspace.name })}\n`);
      else
        output.stdout.write(
          `${inLanguage({ en: `Created workspace ${workspace.name}.`, fr: `Espace de travail ${workspace.name} créé.` }, output.language)}\n`,
        );
      return EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});
