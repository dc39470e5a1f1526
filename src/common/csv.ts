/** CSV text that cannot be read; the message is for the person who sent it. */
export class CsvSyntaxError extends Error {}

/**
 * The records of CSV text (RFC 4180: `,` between fields, `"` around fields that hold one, `""` for a
 * quote; CRLF, LF or CR between records), one at a time, so that a reader can stop at a limit without
 * parsing the rest. A byte-order mark is skipped.
 */
export function* csvRecords(text: string): Generator<string[]> {
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        const opened = at;
        at += 1;
        for (;;) {
          const quote = text.indexOf('"', at);
          if (quote === -1) throw new CsvSyntaxError(`A quoted field opened at character ${opened + 1} is never closed.`);
          field += text.slice(at, quote);
          if (text[quote + 1] === '"') {
            field += '"';
            at = quote + 2;
          } else {
            at = quote + 1;
            break;
          }
        }
      }
      // Unquoted text, or what follows a closing quote before the next separator (kept, as lenient readers do).
      let end = at;
      while (end < length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end += 1;
      field += text.slice(at, end);
      at = end;
      record.push(field);
      if (at >= length) break;
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
      break;
    }
    yield record;
  }
}
