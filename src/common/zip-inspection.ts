import { inflateRawSync } from 'node:zlib';

/** Why a ZIP (an .xlsx) is refused before anything reads it; the message is for the person who sent it. */
export class ZipRefusedError extends Error {}

export interface ZipLimits {
  /** The most entries (files) in the archive. */
  maxEntries: number;
  /** The most bytes all entries may expand to, together. */
  maxExpandedBytes: number;
}

export interface ZipEntryText {
  name: string;
  /** The entry, inflated: only for the names `keep` asked for. */
  content: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MiB = 1024 * 1024;

/**
 * Checks a ZIP before a library unpacks it: the central directory is read first and the archive is refused
 * when it declares too many entries or expands to too much; then every entry is inflated with a cap on
 * its output, so a header that lies about its size is caught while inflating rather than after. Entries
 * whose name `keep` accepts are returned inflated (for counting rows, say); the others are dropped.
 */
export function inspectZip(zip: Buffer, limits: ZipLimits, keep: (name: string) => boolean = () => false): ZipEntryText[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRefusedError('The file is a ZIP64 archive, which a spreadsheet this size never needs.');
  if (count > limits.maxEntries) throw new ZipRefusedError(`The file holds ${count} parts; a spreadsheet import takes at most ${limits.maxEntries}.`);
  if (directoryOffset + directorySize > zip.length) throw new ZipRefusedError('The file is not a complete XLSX file (its ZIP directory is cut off).');
  const entries: { name: string; method: number; compressedSize: number; size: number; localOffset: number }[] = [];
  let declaredTotal = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipRefusedError('The file is not a readable XLSX file (its ZIP directory is damaged).');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    };
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxExpandedBytes) throw tooLarge(limits);
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  // Readers differ where a ZIP is ambiguous (JSZip, under exceljs, reads directory entries past the declared
  // count, and the last of two same-named entries wins): only an archive every reader sees alike passes, so that
  // what is unpacked later is exactly what was checked here.
  if (at !== directoryOffset + directorySize || at !== end || zip.readUInt16LE(end + 8) !== count) {
    throw new ZipRefusedError('The file is not a readable XLSX file (its ZIP directory does not match its end record).');
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.size !== entries.length) throw new ZipRefusedError('The file is not a readable XLSX file (it holds two parts of the same name).');
  const kept: ZipEntryText[] = [];
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipRefusedError(`The file is not a readable XLSX file (the part ${entry.name} is missing).`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw new ZipRefusedError(`The file is not a complete XLSX file (the part ${entry.name} is cut off).`);
    const content = inflated(entry.name, entry.method, data, entry.size, limits);
    if (keep(entry.name)) kept.push({ name: entry.name, content });
  }
  return kept;
}

function inflated(name: string, method: number, data: Buffer, declaredSize: number, limits: ZipLimits): Buffer {
  let content: Buffer;
  if (method === STORED) {
    content = data;
  } else if (method === DEFLATED) {
    try {
      // One byte more than declared is enough to catch a lie, and never more than the limit is produced.
      content = inflateRawSync(data, { maxOutputLength: Math.min(declaredSize, limits.maxExpandedBytes) + 1 });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw declaredSize < limits.maxExpandedBytes ? lyingHeader(name, limits) : tooLarge(limits);
      throw new ZipRefusedError(`The file is not a readable XLSX file (the part ${name} is damaged).`);
    }
  } else {
    throw new ZipRefusedError(`The file is not a readable XLSX file (the part ${name} uses an unknown compression).`);
  }
  if (content.length > declaredSize) throw lyingHeader(name, limits);
  if (content.length !== declaredSize) throw new ZipRefusedError(`The file is not a readable XLSX file (the part ${name} is not the size its header says).`);
  return content;
}

function lyingHeader(name: string, limits: ZipLimits): ZipRefusedError {
  return new ZipRefusedError(
    `The .xlsx file's part ${name} expands to more than its header declares, so it was not unpacked (an import takes at most ${limits.maxExpandedBytes / MiB} MiB unpacked).`,
  );
}

function tooLarge(limits: ZipLimits): ZipRefusedError {
  return new ZipRefusedError(`The .xlsx file expands to more than ${limits.maxExpandedBytes / MiB} MiB; an import takes at most that. Split it into smaller files.`);
}

/** The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes (a comment may follow it). */
function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipRefusedError('The file is not a readable XLSX file (it is not a ZIP archive).');
}
