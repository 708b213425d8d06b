import { useState } from 'preact/hooks';
import { say, useLanguage, type Words } from '../i18n/words.js';

const WORDS = {
  copied: { en: 'Copied.', fr: 'Copié.' },
  failed: { en: 'The browser refused to copy: select the text and copy it.', fr: 'Le navigateur a refusé de copier : sélectionnez le texte et copiez-le.' },
} satisfies Record<string, Words>;

/** A button that copies `text` to the clipboard, named by `label` (and `detail`, for screen readers only), and says (politely announced) whether it did. */
export function CopyButton({ text, label, detail }: { text: string; label: string; detail?: string }) {
  const language = useLanguage();
  const [said, setSaid] = useState<Words | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(WORDS.copied);
    } catch {
      setSaid(WORDS.failed);
    }
  };
  return (
    <span class="copy">
      <button type="button" onClick={copy}>
        {label}
        {detail !== undefined && <span class="visually-hidden"> {detail}</span>}
      </button>{' '}
      <span role="status">{said === null ? '' : say(said, language)}</span>
    </span>
  );
}
