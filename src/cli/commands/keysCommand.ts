import { UsageError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { type ApiKey, createApiKey, KEY_KINDS, type KeyKind, listApiKeys, revokeApiKey } from '../../store/apiKeys.js';
import { findWorkspace } from '../../store/workspaces.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/** What each kind of key is for, as `keys create` and `keys list` say it. */
const KIND_PURPOSE: Record<KeyKind, Record<Language, string>> = {
  read: { en: 'read key (reads reports, sends nothing)', fr: 'clé de lecture (lit les rapports, n’envoie rien)' },
  site: {
    en: 'site key (only sends events; it may sit in public web pages)',
    fr: 'clé de site (envoie seulement des événements ; elle peut figurer dans des pages web publiques)',
  },
};

/** `barometre keys create|list|revoke` (docs/api.md): the keys that open a workspace to the HTTP API. */
export const keysCommand = defineCommand({
  name: 'keys',
  summary: 'create, list or revoke the keys of the HTTP API (site keys send events, read keys read reports)',
  usage: 'barometre keys create [--kind site|read] [--workspace NAME] [--json] | keys list | keys revoke ID',
  french: {
    summary: "créer, lister ou révoquer les clés de l'API HTTP (clés de site pour envoyer des événements, de lecture pour lire les rapports)",
    usage: 'barometre keys create [--kind site|read] [--workspace NOM] [--json] | keys list | keys revoke ID',
  },
  options: { kind: { type: 'string' } },
  async run(flags, positionals, output) {
    const [action, ...rest] = positionals;
    if (action === 'create' && rest.length === 0) {
      const kind = keyKind(flags.kind);
      const created = await withStore(flags, output, async (store) => createApiKey(store, (await findWorkspace(store, flags.workspace)).id, kind));
      if (flags.json) output.stdout.write(`${JSON.stringify(created)}\n`);
      else output.stdout.write(createdText(created, flags.workspace, output.language));
      return EXIT_SUCCESS;
    }
    if (flags.kind !== undefined) throw useInstead(this);
    if (action === 'list' && rest.length === 0) {
      const keys = await withStore(flags, output, async (store) => listApiKeys(store, (await findWorkspace(store, flags.workspace)).id), { readOnly: true });
      if (flags.json) output.stdout.write(`${JSON.stringify(keys.map(({ workspaceId: _, ...key }) => key))}\n`);
      else output.stdout.write(listText(keys, flags.workspace, output.language));
      return EXIT_SUCCESS;
    }
    const id = rest[0];
    if (action === 'revoke' && rest.length === 1 && id !== undefined) {
      const revoked = await withStore(flags, output, async (store) => revokeApiKey(store, (await findWorkspace(store, flags.workspace)).id, id));
      if (!revoked) {
        throw new UsageError({
          en: `Workspace ${flags.workspace} has no valid key ${JSON.stringify(id)}: barometre keys list shows its keys.`,
          fr: `L’espace de travail ${flags.workspace} n’a pas de clé valide ${JSON.stringify(id)} : barometre keys list montre ses clés.`,
        });
      }
      if (flags.json) output.stdout.write(`${JSON.stringify({ id, revoked: true })}\n`);
      else output.stdout.write(inLanguage({ en: `Key ${id} is revoked.\n`, fr: `La clé ${id} est révoquée.\n` }, output.language));
      return EXIT_SUCCESS;
    }
    throw useInstead(this);
  },
});

/**
 * The kind of key `--kind` names: `read` when it is absent (what `keys create` made before keys
 * had kinds); an unknown kind is a usage error naming both.
 */
function keyKind(given: string | undefined): KeyKind {
  if (given === undefined) return 'read';
  const kind = KEY_KINDS.find((known) => known === given);
  if (kind !== undefined) return kind;
  throw new UsageError({
    en: `--kind ${given} is not a kind of key: use --kind site (a web site sends events) or --kind read (a program reads reports).`,
    fr: `--kind ${given} n’est pas un type de clé : utilisez --kind site (un site web envoie des événements) ou --kind read (un programme lit les rapports).`,
  });
}

function createdText(created: { id: string; kind: KeyKind; key: string }, workspace: string, language: Language): string {
  const purpose = KIND_PURPOSE[created.kind][language];
  return inLanguage(
    {
      en: `${created.key}\nKey ${created.id}: a ${purpose} for workspace ${workspace}. It is shown only now; ${created.kind === 'read' ? 'send it as "Authorization: Bearer <key>"' : 'put it in the tracker snippet (docs/privacy.md)'}.\n`,
      fr: `${created.key}\nClé ${created.id} : ${purpose} pour l’espace de travail ${workspace}. Elle n’est affichée que maintenant ; ${created.kind === 'read' ? 'envoyez-la ainsi : « Authorization: Bearer <clé> »' : 'placez-la dans le code du traceur (docs/privacy.md)'}.\n`,
    },
    language,
  );
}

function listText(keys: readonly ApiKey[], workspace: string, language: Language): string {
  if (keys.length === 0) {
    return inLanguage({ en: `Workspace ${workspace} has no keys yet.\n`, fr: `L’espace de travail ${workspace} n’a pas encore de clé.\n` }, language);
  }
  return keys
    .map((key) => {
      const state =
        key.revokedAt === null
          ? inLanguage({ en: `created ${key.createdAt}`, fr: `créée le ${key.createdAt}` }, language)
          : inLanguage({ en: `revoked ${key.revokedAt}`, fr: `révoquée le ${key.revokedAt}` }, language);
      return `${key.id}  ${KIND_PURPOSE[key.kind][language]}  ${state}\n`;
    })
    .join('');
}
