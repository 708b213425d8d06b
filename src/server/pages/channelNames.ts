import type { Language } from '../../output/language.js';
import type { Channel } from '../../services/surveys/surveyDefinition.js';

const NAMES: Record<Language, Record<Channel, string>> = {
  en: { link: 'link', email: 'e-mail', widget: 'on-site widget', phone: 'phone', 'face-to-face': 'face to face' },
  fr: { link: 'lien', email: 'e-mail', widget: 'widget sur le site', phone: 'téléphone', 'face-to-face': 'face à face' },
};

/** A survey channel's name in the page's language; a channel the survey format does not know shows as stored. */
export function channelName(channel: string, language: Language): string {
  return Object.hasOwn(NAMES[language], channel) ? NAMES[language][channel as Channel] : channel;
}
