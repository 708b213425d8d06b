import { UsageError } from '../../errors/errors.js';
import { exportPerson } from '../../services/privacy/exportPerson.js';
import { forgetPerson } from '../../services/privacy/forgetPerson.js';
import type { Person } from '../../services/privacy/personRows.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { Command } from '../Command.js';
import { refuseArguments, withStore } from '../commonOptions.js';
import { defineCommand, usageIn } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

const PERSON_OPTIONS = { customer: { type: 'string' }, email: { type: 'string' } } as const;

/** The person `--customer ID` or `--email ADDRESS` names; exactly one of them, not empty. */
function personOf(command: Pick<Command, 'usage' | 'french'>, flags: { customer?: string; email?: string }): Person {
  const { customer, email } = flags;
  if ((customer === undefined) === (email === undefined) || (customer ?? email)?.trim() === '') {
    throw new UsageError({
      en: `Name the person with --customer ID or --email ADDRESS (one of them): ${command.usage}.`,
      fr: `Désignez la personne par --customer ID ou --email ADRESSE (l’un des deux) : ${usageIn(command, 'fr')}.`,
    });
  }
  return customer !== undefined ? { customerId: customer } : { email: email as string };
}

/** `barometre forget` (docs/privacy.md): erases a person from the workspace, logging counts only. */
export const forgetCommand = defineCommand({
  name: 'forget',
  summary: 'erase a person from the workspace (right to erasure): customer record, orders, responses, their events and analyses',
  usage: 'barometre forget --customer ID | --email ADDRESS [--workspace NAME] [--json]',
  french: {
    summary: 'effacer une personne de l’espace de travail (droit à l’effacement) : fiche client, commandes, réponses, événements et analyses',
    usage: 'barometre forget --customer ID | --email ADRESSE [--workspace NOM] [--json]',
  },
  options: PERSON_OPTIONS,
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const person = personOf(this, flags);
    const erased = await withStore(flags, output, async (store) => forgetPerson(store, (await findWorkspace(store, flags.workspace)).id, person));
    const total = Object.values(erased).reduce((sum, n) => sum + n, 0);
    if (flags.json) output.stdout.write(`${JSON.stringify({ erased })}\n`);
    else if (total === 0) {
      output.stdout.write(
        inLanguage(
          {
            en: 'Nothing to erase: the workspace holds no row of this person.\n',
            fr: 'Rien à effacer : l’espace de travail ne contient aucune ligne de cette personne.\n',
          },
          output.language,
        ),
      );
    } else {
      const counts = Object.entries(erased)
        .filter(([, n]) => n > 0)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ');
      output.stdout.write(
        inLanguage(
          {
            en: `Erased ${total} rows (${counts}); sessions and visitor days are rebuilt without them. The erasure is logged without personal data.\n`,
            fr: `${total} lignes effacées (${counts}) ; les sessions et jours de visite sont reconstruits sans elles. L’effacement est consigné sans donnée personnelle.\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});

/** `barometre export` (docs/privacy.md): prints everything the workspace holds about a person, as JSON. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'print everything the workspace holds about a person, as JSON (right of access)',
  usage: 'barometre export --customer ID | --email ADDRESS [--workspace NAME]',
  french: {
    summary: 'afficher en JSON tout ce que l’espace de travail contient sur une personne (droit d’accès)',
    usage: 'barometre export --customer ID | --email ADRESSE [--workspace NOM]',
  },
  options: PERSON_OPTIONS,
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const person = personOf(this, flags);
    const data = await withStore(flags, output, async (store) => exportPerson(store, (await findWorkspace(store, flags.workspace)).id, person), {
      readOnly: true,
    });
    // The export is data whatever the flags: one JSON document, indented unless --json asks for one line.
    output.stdout.write(`${JSON.stringify(data, null, flags.json ? undefined : 2)}\n`);
    return EXIT_SUCCESS;
  },
});
