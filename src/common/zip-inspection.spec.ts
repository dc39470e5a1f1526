import { deflateRawSync } from 'node:zlib';
import { zip } from '../../test/utils/zip';
import { inspectZip, ZipRefusedError } from './zip-inspection';

const LIMITS = { maxEntries: 5, maxExpandedBytes: 1024 * 1024 };
const text = (length: number): Buffer => Buffer.alloc(length, 'a');

describe('inspectZip', () => {
  it('returns the parts asked for, inflated', () => {
    const archive = zip([
      { name: 'a.xml', content: Buffer.from('<a/>') },
      { name: 'b.xml', content: Buffer.from('<b/>') },
    ]);
    expect(inspectZip(archive, LIMITS, (name) => name === 'b.xml').map((entry) => [entry.name, entry.content.toString()])).toEqual([['b.xml', '<b/>']]);
  });

  it('refuses too many parts, or too much declared in the directory, before inflating anything', () => {
    const many = zip(Array.from({ length: 6 }, (_, index) => ({ name: `${index}.xml`, content: text(1) })));
    expect(() => inspectZip(many, LIMITS)).toThrow(/6 parts/);
    const large = zip([
      { name: 'a.xml', content: text(600 * 1024) },
      { name: 'b.xml', content: text(600 * 1024) },
    ]);
    expect(() => inspectZip(large, LIMITS)).toThrow(/more than 1 MiB/);
  });

  it('catches a header that understates its part while inflating, without inflating past it', () => {
    const lying = zip([{ name: 'sheet.xml', content: text(50 * 1024 * 1024), declaredSize: 100 }]);
    const started = performance.now();
    expect(() => inspectZip(lying, LIMITS)).toThrow(/more than its header declares/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses what is not a ZIP, or a damaged one, as unreadable', () => {
    expect(() => inspectZip(Buffer.from('not a zip at all, not even close'), LIMITS)).toThrow(ZipRefusedError);
    const archive = zip([{ name: 'a.xml', content: text(1000) }]);
    const damaged = Buffer.from(archive);
    deflateRawSync(Buffer.alloc(0)).copy(damaged, 30 + 'a.xml'.length);
    expect(() => inspectZip(damaged, LIMITS)).toThrow(ZipRefusedError);
    expect(() => inspectZip(archive.subarray(0, archive.length - 30), LIMITS)).toThrow(ZipRefusedError);
  });

  it('refuses an archive that readers would see differently: parts past the declared count, or two parts of one name', () => {
    const archive = zip([
      { name: 'a.xml', content: text(10) },
      { name: 'hidden.xml', content: text(10) },
    ]);
    const end = archive.length - 22;
    // JSZip reads directory entries until their signature stops, whatever the end record declares.
    const underDeclared = Buffer.from(archive);
    underDeclared.writeUInt16LE(1, end + 8);
    underDeclared.writeUInt16LE(1, end + 10);
    expect(() => inspectZip(underDeclared, LIMITS)).toThrow(/does not match its end record/);
    const disagreeing = Buffer.from(archive);
    disagreeing.writeUInt16LE(1, end + 8);
    expect(() => inspectZip(disagreeing, LIMITS)).toThrow(/does not match its end record/);
    const twice = zip([
      { name: 'xl/worksheets/sheet1.xml', content: text(10) },
      { name: 'xl/worksheets/sheet1.xml', content: text(20) },
    ]);
    expect(() => inspectZip(twice, LIMITS)).toThrow(/two parts of the same name/);
  });
});
