import { UsageError } from '../../errors/errors.js';
import { addWorkspaceThemeTerms, loadWorkspaceThemes, removeWorkspaceThemeTerms } from '../../store/queries/feedback/workspaceThemes.js';
import { isLanguage, LANGUAGES } from '../../output/language.js';
import { populationThemes } from '../../feedback/themes/populationThemes.js';
import type { ThemeDefinition } from '../../feedback/themes/themeDefinitions.js';
import { findWorkspace } from '../../store/workspaces.js';
import { defineCommand, useInstead, usageIn } from '../defineCommand.js';
import { inLanguage } from '../inLanguage.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { withStore } from '../commonOptions.js';

/** A theme id: lower-case letters, digits and underscores, starting with a letter. */
const THEME_ID = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * `barometre themes`: lists the themes in force in a workspace (the customer themes and the HR
 * themes of employees' comments, each with the workspace's own merged in), `themes add THEME WORD…` adds words (and the theme when new), `themes remove THEME
 * [WORD…]` takes words, or the workspace's whole addition, away. The next `feedback`
 * recomputes the analyses with the new themes.
 */
export const themesCommand = defineCommand({
  name: 'themes',
  summary: "list the feedback themes, or add and remove a workspace's own themes and words",
  usage: 'barometre themes [list | add THEME WORD… [--language fr|en] [--label TEXT] | remove THEME [WORD…]] [--json]',
  french: {
    summary: "lister les thèmes des verbatims, ou ajouter et retirer les thèmes et mots propres à l'espace de travail",
    usage: 'barometre themes [list | add THÈME MOT… [--language fr|en] [--label TEXTE] | remove THÈME [MOT…]] [--json]',
  },
  options: { language: { type: 'string', default: 'fr' }, label: { type: 'string' } },
  async run(flags, positionals, output) {
    const say = (text: { en: string; fr: string }) => inLanguage(text, output.language);
    const [action = 'list', theme, ...words] = positionals;
    const language = flags.language;
    if (!isLanguage(language)) {
      throw new UsageError({
        en: `--language ${JSON.stringify(language)} is not one of ${LANGUAGES.join(', ')}.`,
        fr: `--language ${JSON.stringify(language)} n'est pas l'une des langues ${LANGUAGES.join(', ')}.`,
      });
    }
    if (action !== 'list' && (theme === undefined || !THEME_ID.test(theme))) {
      throw new UsageError({
        en: `themes ${action} needs a theme id of lower-case letters, digits and underscores (e.g. click_and_collect): ${this.usage}.`,
        fr: `themes ${action} demande un identifiant de thème en minuscules, chiffres et tirets bas (par exemple click_and_collect) : ${usageIn(this, 'fr')}.`,
      });
    }
    const terms = words.map((word) => word.trim()).filter((word) => word !== '');
    return withStore(flags, output, async (store) => {
      const workspace = await findWorkspace(store, flags.workspace, { create: action === 'add' });
      if (action === 'add') {
        if (terms.length === 0) {
          throw new UsageError({
            en: `themes add ${theme} needs at least one word or phrase: ${this.usage}.`,
            fr: `themes add ${theme} demande au moins un mot ou une expression : ${usageIn(this, 'fr')}.`,
          });
        }
        await addWorkspaceThemeTerms(store, workspace.id, theme!, language, terms, flags.label ?? null);
        output.stdout.write(
          flags.json
            ? `${JSON.stringify({ theme, language, added: terms })}\n`
            : say({
                en: `${terms.length} ${language} word(s) added to ${theme}; the next feedback run reanalyses the texts.\n`,
                fr: `${terms.length} mot(s) ${language} ajouté(s) à ${theme} ; la prochaine analyse (barometre feedback) réanalyse les textes.\n`,
              }),
        );
      } else if (action === 'remove') {
        const removed = await removeWorkspaceThemeTerms(store, workspace.id, theme!, terms.length === 0 ? null : terms);
        if (removed === 0) {
          throw new UsageError({
            en: `The workspace has no word of its own ${terms.length === 0 ? 'in' : 'like that in'} theme ${theme} (default themes cannot be removed, only added to).`,
            fr: `L'espace de travail n'a ${terms.length === 0 ? 'aucun mot à lui dans' : 'pas de tel mot à lui dans'} le thème ${theme} (les thèmes par défaut ne peuvent pas être retirés, seulement complétés).`,
          });
        }
        output.stdout.write(
          flags.json
            ? `${JSON.stringify({ theme, removed })}\n`
            : say({ en: `${removed} word(s) removed from ${theme}.\n`, fr: `${removed} mot(s) retiré(s) de ${theme}.\n` }),
        );
      } else if (action === 'list' && theme === undefined) {
        const own = await loadWorkspaceThemes(store, workspace.id);
        const { customer: themes, employee: employeeThemes } = populationThemes(own);
        if (flags.json) output.stdout.write(`${JSON.stringify({ themes, employeeThemes, own })}\n`);
        else {
          const line = (definition: ThemeDefinition) =>
            `${definition.id.padEnd(22)} ${definition.labels[output.language]} (${definition.terms.fr.length} fr, ${definition.terms.en.length} en)\n`;
          output.stdout.write(themes.map(line).join(''));
          output.stdout.write(say({ en: "\nEmployees' comments (HR themes):\n", fr: '\nCommentaires des salariés (thèmes RH) :\n' }));
          output.stdout.write(employeeThemes.map(line).join(''));
        }
      } else throw useInstead(this);
      return EXIT_SUCCESS;
    });
  },
});
