import { UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { closeSurvey, createSurvey, listSurveys, type SurveySummary } from '../../services/surveys/manageSurveys.js';
import { parseSurveyDefinition } from '../../services/surveys/surveyDefinition.js';
import { SURVEY_TEMPLATE_NAMES, surveyTemplate } from '../../services/surveys/surveyTemplates.js';
import { findWorkspace } from '../../store/workspaces.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';
import { readJsonFile } from '../readJsonFile.js';

/** `barometre surveys create|list|close|template` (docs/surveys.md): the surveys Baromètre runs itself. */
export const surveysCommand = defineCommand({
  name: 'surveys',
  summary: 'create surveys from a JSON file, list them with their answers, close one, print a template',
  usage: 'barometre surveys create <survey.json> [--json] | surveys list [--json] | surveys close ID [--json] | surveys template barometer [--json]',
  french: {
    summary: 'créer des enquêtes depuis un fichier JSON, les lister avec leurs réponses, en clore une, afficher un modèle',
    usage: 'barometre surveys create <enquete.json> [--json] | surveys list [--json] | surveys close ID [--json] | surveys template barometer [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    const [action, ...rest] = positionals;
    const argument = rest[0];
    if (action === 'create' && rest.length === 1 && argument !== undefined) {
      const parsed = parseSurveyDefinition(await readJsonFile(argument, output.cwd));
      if ('error' in parsed) throw new UsageError({ en: `${argument}: ${parsed.error.message}`, fr: `${argument} : ${parsed.error.message}` });
      const created = await withStore(flags, output, async (store) =>
        createSurvey(store, (await findWorkspace(store, flags.workspace, { create: true })).id, parsed.definition, new Date()),
      );
      if (flags.json) output.stdout.write(`${JSON.stringify(created)}\n`);
      else {
        output.stdout.write(
          inLanguage(
            { en: `Survey ${created.id} is created; its page is ${created.url}.\n`, fr: `L’enquête ${created.id} est créée ; sa page est ${created.url}.\n` },
            output.language,
          ),
        );
      }
      return EXIT_SUCCESS;
    }
    if (action === 'list' && rest.length === 0) {
      const surveys = await withStore(flags, output, async (store) => listSurveys(store, (await findWorkspace(store, flags.workspace)).id, new Date()), {
        readOnly: true,
      });
      if (flags.json) output.stdout.write(`${JSON.stringify({ surveys })}\n`);
      else output.stdout.write(listText(surveys, flags.workspace, output.language));
      return EXIT_SUCCESS;
    }
    if (action === 'close' && rest.length === 1 && argument !== undefined) {
      const closed = await withStore(flags, output, async (store) =>
        closeSurvey(store, (await findWorkspace(store, flags.workspace)).id, argument, new Date()),
      );
      if (flags.json) output.stdout.write(`${JSON.stringify(closed)}\n`);
      else {
        output.stdout.write(
          closed.closed
            ? inLanguage(
                { en: `Survey ${argument} is closed: it takes no more answers.\n`, fr: `L’enquête ${argument} est close : elle ne prend plus de réponses.\n` },
                output.language,
              )
            : inLanguage({ en: `Survey ${argument} was already closed.\n`, fr: `L’enquête ${argument} était déjà close.\n` }, output.language),
        );
      }
      return EXIT_SUCCESS;
    }
    if (action === 'template' && rest.length === 1 && argument !== undefined) {
      const template = surveyTemplate(argument);
      if (template === null) {
        const names = SURVEY_TEMPLATE_NAMES.join(', ');
        throw new UsageError({
          en: `There is no survey template ${JSON.stringify(argument)}; the templates are: ${names}.`,
          fr: `Il n’y a pas de modèle d’enquête ${JSON.stringify(argument)} ; les modèles sont : ${names}.`,
        });
      }
      // The file to edit and give to `surveys create`: indented to be read, on one line with --json.
      output.stdout.write(`${flags.json ? JSON.stringify(template) : JSON.stringify(template, null, 2)}\n`);
      return EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});

const STATES: Record<SurveySummary['state'], Record<Language, string>> = {
  open: { en: 'open', fr: 'ouverte' },
  scheduled: { en: 'not open yet', fr: 'pas encore ouverte' },
  closed: { en: 'closed', fr: 'close' },
};

/** One line per survey: id, state, title, answers (and the response rate of personal links). */
function listText(surveys: readonly SurveySummary[], workspace: string, language: Language): string {
  if (surveys.length === 0) {
    return inLanguage({ en: `Workspace ${workspace} has no surveys yet.\n`, fr: `L’espace de travail ${workspace} n’a pas encore d’enquête.\n` }, language);
  }
  return surveys
    .map((survey) => {
      const answers = inLanguage(
        { en: `${survey.answers} answers (${survey.finished} finished)`, fr: `${survey.answers} réponses (${survey.finished} complètes)` },
        language,
      );
      const rate =
        survey.responseRate === null
          ? ''
          : inLanguage({ en: `, response rate ${survey.responseRate} %`, fr: `, taux de réponse ${survey.responseRate} %` }, language);
      return `${survey.id}  ${STATES[survey.state][language]}  ${survey.title[language]}  ${answers}${rate}\n`;
    })
    .join('');
}
