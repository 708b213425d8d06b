import { DataTable } from '../../components/DataTable.js';
import { formatDay } from '../../i18n/format.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import type { KeyRecord } from './keys.js';

const WORDS = {
  id: { en: 'Key', fr: 'Clé' },
  created: { en: 'Created', fr: 'Créée le' },
  state: { en: 'State', fr: 'État' },
  valid: { en: 'Valid', fr: 'Valide' },
  revokedOn: { en: 'Revoked on', fr: 'Révoquée le' },
  action: { en: 'Action', fr: 'Action' },
  revoke: { en: 'Revoke', fr: 'Révoquer' },
  confirm: {
    en: 'Revoke this key? Whatever uses it will be refused from now on.',
    fr: "Révoquer cette clé ? Tout ce qui l'utilise sera refusé désormais.",
  },
} satisfies Record<string, Words>;

/** A table of keys under `caption` (id, creation day, valid or revoked) with a button to revoke each valid one, after a confirmation. */
export function KeyList({ caption, keys, busy, onRevoke }: { caption: string; keys: readonly KeyRecord[]; busy: boolean; onRevoke: (key: KeyRecord) => void }) {
  const language = useLanguage();
  if (keys.length === 0) return null;
  return (
    <DataTable
      caption={caption}
      columns={[
        { heading: say(WORDS.id, language), cell: (key) => <code>{key.id}</code> },
        { heading: say(WORDS.created, language), cell: (key) => formatDay(key.createdAt.slice(0, 10), language) },
        {
          heading: say(WORDS.state, language),
          cell: (key) =>
            key.revokedAt === null ? say(WORDS.valid, language) : `${say(WORDS.revokedOn, language)} ${formatDay(key.revokedAt.slice(0, 10), language)}`,
        },
        {
          heading: say(WORDS.action, language),
          cell: (key) =>
            key.revokedAt === null && (
              <button type="button" disabled={busy} onClick={() => window.confirm(say(WORDS.confirm, language)) && onRevoke(key)}>
                {say(WORDS.revoke, language)} <span class="visually-hidden">{key.id}</span>
              </button>
            ),
        },
      ]}
      rows={keys}
      rowKey={(key) => key.id}
    />
  );
}
