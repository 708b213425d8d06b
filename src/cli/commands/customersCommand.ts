import { type CustomerList, listCustomers } from '../../services/clv/listCustomers.js';
import { customerTable } from '../../services/clv/customerTable.js';
import { checkExportFlags, writeExport } from '../exportOutput.js';
import type { Language } from '../../output/language.js';
import { parseCustomersQuery } from '../../services/clv/modelOptions.js';
import { SEGMENTS } from '../../models/customers/segmentOf.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { formatCount } from '../../output/localeFormat.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { refuseArguments, withStore } from '../commonOptions.js';
import { FALLBACK_NOTE, MODEL_NAMES, MODEL_OPTIONS } from './clvCommand.js';

/** `barometre customers`: one row per customer with scores, value, engagement and segment. */
export const customersCommand = defineCommand({
  name: 'customers',
  summary: 'list customers with RFM scores, P(alive), CLV, engagement and segment',
  usage: `barometre customers [--to YYYY-MM-DD] [--segment ${SEGMENTS.join('|')}] [--json | --csv | --xlsx FILE]`,
  french: {
    summary: 'lister les clients avec scores RFM, P(actif), CLV, engagement et segment',
    usage: `barometre customers [--to AAAA-MM-JJ] [--segment ${SEGMENTS.join('|')}] [--json | --csv | --xlsx FICHIER]`,
  },
  options: { ...MODEL_OPTIONS, segment: { type: 'string' }, xlsx: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    checkExportFlags(flags);
    const options = parseCustomersQuery(flags);
    const exporting = !flags.json && (flags.csv || flags.xlsx !== undefined);
    const { list, table } = await withStore(
      flags,
      output,
      async (store) => {
        const workspaceId = (await findWorkspace(store, flags.workspace)).id;
        const list = await listCustomers(store, workspaceId, options);
        return { list, table: exporting ? await customerTable(store, workspaceId, list, options) : null };
      },
      { readOnly: true },
    );
    const rows = list.customers;
    if (flags.json) output.stdout.write(`${JSON.stringify(list)}\n`);
    else if (table !== null) await writeExport(flags, output, { csv: () => table, sheets: () => [table] });
    else {
      const bySegment = new Map<string, number>();
      for (const row of rows) bySegment.set(row.segment, (bySegment.get(row.segment) ?? 0) + 1);
      const count = (n: number) => formatCount(n, output.language);
      const lines = SEGMENTS.filter((name) => bySegment.has(name)).map((name) => `  ${name.padEnd(12)} ${count(bySegment.get(name)!).padStart(7)}`);
      output.stdout.write(
        inLanguage(
          {
            en: `${modelNote(list, 'en')}${rows.length} customers by segment:\n${lines.join('\n')}\n--csv or --json lists them one by one.\n`,
            fr: `${modelNote(list, 'fr')}${count(rows.length)} clients par segment :\n${lines.join('\n')}\n--csv ou --json les liste un par un.\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});

/** Which models the values come from, and why when one stood in for another (lines ending in a newline). */
function modelNote(list: CustomerList, language: Language): string {
  if (list.model === null) {
    const reason = list.unfitted?.reason ?? '';
    return `${
      language === 'fr'
        ? `Aucun modèle d'achat n'a pu être ajusté (${reason}) : P(actif), achats attendus et CLV restent vides, les segments et scores se fondent sur le RFM et la voix du client.`
        : `No purchase model could be fitted (${reason}): P(alive), expected purchases and CLV are left empty; segments and scores rest on RFM and what customers said.`
    }\n`;
  }
  const purchase = MODEL_NAMES[language][list.model];
  const spend = list.spendModel === 'gamma-gamma' ? 'Gamma-Gamma' : language === 'fr' ? 'la dépense moyenne observée' : 'the observed mean spend';
  const notes = [
    language === 'fr' ? `Valeurs selon ${purchase} et ${spend}.` : `Values from ${purchase} and ${spend}.`,
    ...(list.fallback === undefined ? [] : [FALLBACK_NOTE[language](MODEL_NAMES[language][list.fallback.model], list.fallback.reason)]),
    ...(list.spendFallback === undefined
      ? []
      : [
          language === 'fr'
            ? `Gamma-Gamma n'a pas pu être ajusté : ${list.spendFallback.reason}`
            : `Gamma-Gamma could not be fitted: ${list.spendFallback.reason}`,
        ]),
  ];
  return `${notes.join('\n')}\n`;
}
