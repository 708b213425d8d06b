import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from './language.js';

/** A text in both languages. Each page keeps its own texts beside it; the shared ones are below. */
export interface Words {
  en: string;
  fr: string;
}

/** The language the dashboard shows, provided by the app's root. */
export const LanguageContext = createContext<Language>('en');

/** The language to write in, from the nearest provider. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The text of `words` in `language`. */
export function say(words: Words, language: Language): string {
  return words[language];
}

/** A label followed by its colon as the language writes it: `Period:` in English, `Période :` (no-break space) in French. */
export function labelled(words: Words, language: Language): string {
  return language === 'fr' ? `${words.fr}\u00a0:` : `${words.en}:`;
}

/** The texts more than one page shows. */
export const COMMON = {
  loading: { en: 'Loading…', fr: 'Chargement…' },
  noData: { en: 'No data for this period', fr: 'Aucune donnée sur cette période' },
  cookieless: { en: 'Not measurable in cookieless mode', fr: 'Non mesurable en mode sans cookie' },
  suppressed: { en: 'Hidden: fewer than 5 answers, to keep them anonymous', fr: 'Masqué : moins de 5 réponses, pour préserver leur anonymat' },
  noValue: { en: '(no value)', fr: '(sans valeur)' },
  lowPrecision: { en: 'Low precision', fr: 'Précision faible' },
  lowPrecisionHelp: {
    en: 'The 95 % interval is wide: collect more answers before acting on this figure.',
    fr: "L'intervalle à 95 % est large : recueillez plus de réponses avant d'agir sur ce chiffre.",
  },
  noise: { en: 'Not distinguishable from noise', fr: 'Non distinguable du bruit' },
  realChange: { en: 'Real change', fr: 'Évolution réelle' },
  untested: { en: 'No test for this figure', fr: 'Pas de test pour ce chiffre' },
  versus: { en: 'vs', fr: 'vs' },
  interval: { en: '95 % interval', fr: 'Intervalle à 95 %' },
  sector: { en: 'Sector', fr: 'Secteur' },
  comments: { en: 'Comments', fr: 'Commentaires' },
  retry: { en: 'Try again', fr: 'Réessayer' },
  export: { en: 'Export', fr: 'Exporter' },
} satisfies Record<string, Words>;
