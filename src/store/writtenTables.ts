/**
 * What a statement may write, read from its SQL text: the tables named after INSERT INTO,
 * UPDATE, DELETE FROM, COPY, TRUNCATE and MERGE INTO (lower case, without a schema), [] for a
 * read; null when it may change anything (CREATE, DROP, ALTER, ATTACH, IMPORT…). It errs on the
 * side of writing: a keyword inside a string or a comment counts too, never the reverse.
 *
 * @example writtenTables('insert into responses select * from staged') // ['responses']
 * @example writtenTables('select count(*) from responses') // []
 */
export function writtenTables(sql: string): string[] | null {
  const text = sql.toLowerCase();
  if (/\b(create|drop|alter|attach|detach|import|rename)\b/.test(text)) return null;
  const tables = new Set<string>();
  for (const match of text.matchAll(/\b(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from|copy|truncate(?:\s+table)?|merge\s+into)\s+("?[\w.]+"?)/g)) {
    tables.add(match[1]!.replaceAll('"', '').split('.').pop()!);
  }
  return [...tables];
}
