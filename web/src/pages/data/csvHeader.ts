/**
 * The names in the first record of a CSV text (RFC 4180: fields between double quotes may hold
 * commas, line breaks and doubled quotes), without a leading byte-order mark. What the import
 * page offers to map a survey's fields to, even when the API could not read the file.
 *
 * @example csvHeader('"#","How likely…, really?",Store\nab1,9,Paris') // ['#', 'How likely…, really?', 'Store']
 */
export function csvHeader(text: string): string[] {
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[index + 1] === '"') {
        field += '"';
        index++;
      } else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      names.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') break;
    else field += character;
  }
  names.push(field);
  return names.map((name) => name.trim()).filter((name) => name !== '');
}
