import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/splitSentences.js';
import { HR_THEMES } from './hrThemeDefinitions.js';
import { compileThemes } from './matchThemes.js';
import { DEFAULT_THEMES } from './themeDefinitions.js';

/**
 * Employees' comments written for this test (none comes from a real survey), each with the
 * themes a reader gives it: what it is about, whatever its tone. Precision and recall are
 * counted over all of them, per comment and theme.
 */
const LABELLED: readonly { text: string; themes: readonly string[] }[] = [
  { text: 'Charge de travail intenable en décembre, on finit tous épuisés.', themes: ['workload'] },
  { text: "Manque d'effectifs le samedi, on ne prend même plus nos pauses.", themes: ['workload'] },
  { text: 'Les plannings sont communiqués trop tard, impossible de s’organiser.', themes: ['workload', 'communication'] },
  { text: 'Mon manager est à l’écoute et nous soutient.', themes: ['management'] },
  { text: 'La direction ne descend jamais sur le terrain.', themes: ['management'] },
  { text: "Les salaires ne suivent pas l'inflation, aucune augmentation depuis deux ans.", themes: ['pay'] },
  { text: 'La prime de fin d’année a été supprimée sans explication.', themes: ['pay'] },
  { text: 'Aucune reconnaissance pour les efforts fournis pendant les soldes.', themes: ['recognition'] },
  { text: 'On se sent valorisés quand la cheffe nous remercie devant tout le monde.', themes: ['recognition', 'management'] },
  { text: "Aucune perspective d'évolution en magasin.", themes: ['career'] },
  { text: 'Les formations sont utiles, j’ai beaucoup appris cette année.', themes: ['career'] },
  { text: 'Les outils informatiques rament, la caisse plante tous les jours.', themes: ['tools'] },
  { text: 'Le logiciel de gestion des stocks est une catastrophe.', themes: ['tools'] },
  { text: "Très bonne ambiance dans l'équipe, collègues solidaires.", themes: ['colleagues'] },
  { text: 'Il y a des tensions entre le magasin et l’entrepôt.', themes: ['colleagues'] },
  { text: 'On apprend les changements par la bande, jamais de réunion.', themes: ['communication'] },
  { text: 'Nous ne sommes jamais informés des décisions qui nous concernent.', themes: ['communication'] },
  { text: 'Mal payé pour la pression que l’on subit.', themes: ['pay', 'workload'] },
  // The team leader is management, and the team colleagues (themeDefinitions' choice, documented in hrThemeDefinitions.ts).
  { text: "Mon chef d'équipe fait du micro-management permanent.", themes: ['management', 'colleagues'] },
  { text: 'Je suis fière de travailler pour la marque.', themes: [] },
  { text: 'Rien à signaler, tout va bien.', themes: [] },
  { text: 'Le transpalette est en panne depuis un mois et personne ne le répare.', themes: ['tools'] },
  { text: 'La mutuelle est chère et les tickets restaurant trop faibles.', themes: ['pay'] },
  { text: 'Entretien annuel bâclé, pas de promotion possible.', themes: ['career'] },
  { text: 'Unbearable workload in December, we are all exhausted.', themes: ['workload'] },
  { text: 'Understaffed on Saturdays and no time for breaks.', themes: ['workload'] },
  { text: 'Rotas are shared far too late and we are never told why.', themes: ['workload', 'communication'] },
  { text: 'My manager listens and backs us up.', themes: ['management'] },
  { text: 'Pay does not keep up with inflation.', themes: ['pay'] },
  { text: 'No bonus this year despite record sales.', themes: ['pay'] },
  { text: 'I feel my work is taken for granted.', themes: ['recognition'] },
  { text: 'No career prospects for store staff.', themes: ['career'] },
  { text: 'The training was useful and I learned new skills.', themes: ['career'] },
  { text: 'The handheld scanners keep crashing.', themes: ['tools'] },
  { text: 'Great team spirit, my colleagues help each other.', themes: ['colleagues'] },
  { text: 'We are kept in the dark about the reorganisation.', themes: ['communication'] },
  { text: 'Too many meetings that could have been an email.', themes: ['communication'] },
  { text: 'Head office never consults the stores before deciding.', themes: ['management', 'communication'] },
  { text: 'I can raise a problem and it gets fixed quickly.', themes: [] },
  { text: 'Proud to work for the brand.', themes: [] },
];

/** The themes the matcher finds in a comment, sentence by sentence as the analysis does (both languages' terms). */
function themesOf(matcher: ReturnType<typeof compileThemes>, text: string): string[] {
  const found = new Set(splitSentences(text).flatMap((sentence) => matcher.match(sentence, 'und')));
  return matcher.themeIds.filter((id) => found.has(id));
}

describe('the HR themes', () => {
  const matcher = compileThemes(HR_THEMES);

  it('are the eight themes of employees’ comments, in French and English', () => {
    expect(matcher.themeIds).toEqual(['workload', 'management', 'pay', 'recognition', 'career', 'tools', 'colleagues', 'communication']);
    for (const theme of HR_THEMES) {
      expect(theme.terms.fr.length, theme.id).toBeGreaterThanOrEqual(15);
      expect(theme.terms.en.length, theme.id).toBeGreaterThanOrEqual(15);
      expect(theme.labels.fr, theme.id).not.toBe('');
    }
  });

  it('find the themes of hand-labelled French and English employee comments: precision ≥ 0.95, recall ≥ 0.9', () => {
    let found = 0;
    let right = 0;
    let expected = 0;
    const wrong: string[] = [];
    for (const { text, themes } of LABELLED) {
      const got = themesOf(matcher, text);
      found += got.length;
      right += got.filter((theme) => themes.includes(theme)).length;
      expected += themes.length;
      if (got.join() !== [...themes].sort((a, b) => matcher.themeIds.indexOf(a) - matcher.themeIds.indexOf(b)).join())
        wrong.push(`${text} → ${got.join(', ')}`);
    }
    const precision = right / found;
    const recall = right / expected;
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('find a theme in every comment that has one, where the customer themes miss a good part of them', () => {
    const customer = compileThemes(DEFAULT_THEMES);
    const about = LABELLED.filter(({ themes }) => themes.length > 0);
    const covered = (themes: ReturnType<typeof compileThemes>) => about.filter(({ text }) => themesOf(themes, text).length > 0).length;
    expect(covered(matcher)).toBe(about.length);
    expect(covered(customer)).toBeLessThan(about.length * 0.75);
  });

  it('take the demo barometer’s comment phrases to their theme', () => {
    expect(themesOf(matcher, 'outils informatiques qui rament')).toEqual(['tools']);
    expect(themesOf(matcher, "salaires qui ne suivent pas l'inflation")).toEqual(['pay']);
    expect(themesOf(matcher, "manager à l'écoute")).toEqual(['management']);
    expect(themesOf(matcher, 'useful training')).toEqual(['career']);
    expect(themesOf(matcher, 'supportive colleagues')).toEqual(['colleagues']);
  });
});
