import { CsvSyntaxError, csvRecords } from './csv';

const read = (text: string): string[][] => [...csvRecords(text)];

describe('csvRecords', () => {
  it('reads fields, quoted fields, doubled quotes and every line ending', () => {
    expect(read('a,b\r\n"c,1","say ""hi"""\n\nd\re,')).toEqual([['a', 'b'], ['c,1', 'say "hi"'], [''], ['d'], ['e', '']]);
  });

  it('keeps line breaks inside quotes and skips a byte-order mark', () => {
    expect(read('\ufefftitle,evidence\nx,"one\ntwo"\n')).toEqual([['title', 'evidence'], ['x', 'one\ntwo']]);
  });

  it('refuses a quote that is never closed', () => {
    expect(() => read('a,"b\nc')).toThrow(CsvSyntaxError);
  });

  it('yields one record at a time, so a reader can stop early', () => {
    const records = csvRecords('x\n'.repeat(1_000_000));
    expect(records.next().value).toEqual(['x']);
  });
});
