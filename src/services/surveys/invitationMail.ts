import { html } from 'hono/html';
import type { Language } from '../../output/language.js';
import type { MailMessage } from '../mail/mailer.js';
import type { Translated } from '../validation/translated.js';

/** Which message a recipient gets: the invitation, or its one reminder. */
export type InvitationMailKind = 'invitation' | 'reminder';

/** The sentences of each message, in each language. */
const WORDING = {
  invitation: {
    fr: {
      subject: (title: string) => `Votre avis : ${title}`,
      lead: 'Nous aimerions connaître votre avis. Quelques minutes suffisent pour répondre à notre enquête :',
      button: 'Répondre à l’enquête',
    },
    en: {
      subject: (title: string) => `Your opinion: ${title}`,
      lead: 'We would like to hear your opinion. Answering our survey takes a few minutes:',
      button: 'Answer the survey',
    },
  },
  reminder: {
    fr: {
      subject: (title: string) => `Rappel : ${title}`,
      lead: 'Vous n’avez pas encore répondu à notre enquête. Il est encore temps de nous donner votre avis :',
      button: 'Répondre à l’enquête',
    },
    en: {
      subject: (title: string) => `Reminder: ${title}`,
      lead: 'You have not answered our survey yet. There is still time to give us your opinion:',
      button: 'Answer the survey',
    },
  },
} as const;

/** The closing lines: the link is personal, and answering again replaces the answers. */
const FOOTER = {
  fr: 'Ce lien vous est personnel : ne le transmettez pas. Si vous répondez une seconde fois, vos nouvelles réponses remplacent les premières.',
  en: 'This link is yours alone: please do not forward it. If you answer again, your new answers replace the first ones.',
} as const;

/**
 * The e-mail of an invitation or its reminder to `to`, in the recipient's language: the survey's
 * title in the subject, a sentence, the personal link, and the footer, as plain text and as a
 * simple HTML alternative (every value escaped).
 */
export function invitationMail(kind: InvitationMailKind, language: Language, title: Translated, link: string, to: string): MailMessage {
  const words = WORDING[kind][language];
  const heading = title[language];
  const text = `${heading}\n\n${words.lead}\n\n${link}\n\n${FOOTER[language]}\n`;
  const body = html`<!doctype html>
<html lang="${language}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:1.3em">${heading}</h1>
<p>${words.lead}</p>
<p><a href="${link}" style="display:inline-block;padding:.6em 1.2em;background:#1a5fb4;color:#fff;text-decoration:none;border-radius:.4em">${words.button}</a></p>
<p style="font-size:.9em;color:#555">${link}</p>
<p style="font-size:.9em;color:#555">${FOOTER[language]}</p>
</body></html>`;
  return { to, subject: words.subject(heading).replace(/\s+/g, ' '), text, html: String(body) };
}
