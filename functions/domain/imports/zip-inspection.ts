import { createInflateRaw } from 'node:zlib';
import { InvalidInput } from '../errors.ts';

/**
 * An XLSX workbook is a zip archive of XML parts. A "zip bomb" declares or hides parts that inflate to
 * hundreds of megabytes from a file of one; exceljs inflates every part into a string before anything
 * else, so a workbook is inspected here first, from its bytes, before any XML is parsed:
 *
 * 1. the central directory (the archive's table of contents at its end) gives every entry's name, method,
 *    compressed and declared uncompressed size: too many entries, an entry or a total too large, or an
 *    entry that inflates more than `maxRatio` times (past a small grace size) is refused;
 * 2. a declaration can lie, so each entry is then inflated as a stream, its output counted and thrown
 *    away, and the file refused as soon as an entry gives more than it declared; the rows of each
 *    worksheet are counted on the way (`<row` elements), so a sheet over the row cap is refused before
 *    exceljs builds it.
 *
 * Memory stays at one inflater's window whatever the file holds; time is bounded by the total limit.
 * The limits are in the spirit of Apache POI's ZipSecureFile (minimum inflate ratio 0.01 past a grace).
 *
 * Zip format (APPNOTE.TXT): the archive ends with the End Of Central Directory record (EOCD, signature
 * PK\x05\x06, 22 bytes + a comment of up to 65,535 bytes): entry count at +10 (u16), directory size at
 * +12 (u32) and offset at +16 (u32). Each central directory header (PK\x01\x02, 46 bytes + name + extra +
 * comment) holds the flags at +8, the method at +10, the compressed size at +20, the uncompressed size at
 * +24 (u32 each), the name/extra/comment lengths at +28/+30/+32 and the local header's offset at +42.
 * Values of 0xFFFF/0xFFFFFFFF mean "see ZIP64": the ZIP64 EOCD (found through its locator, PK\x06\x07,
 * just before the EOCD) and the ZIP64 extra field (id 0x0001) of each entry carry them as u64. A local
 * header (PK\x03\x04, 30 bytes + name + extra, lengths at +26/+28) precedes each entry's data.
 */

export interface ZipLimits {
  /** Entries (parts and folders) in the archive. */
  readonly maxEntries: number;
  /** Inflated bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** Inflated ÷ compressed size of one entry, for entries larger than `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
  /** `<row>` elements of one worksheet (its header included). */
  readonly maxSheetRows: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const refuse = (message: string): InvalidInput => new InvalidInput([{ path: ['file'], message }]);
const broken = (why: string): InvalidInput => refuse(`not readable as an XLSX workbook: ${why}`);
const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(data: DataView, offset: number): number {
  const value = data.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw broken('a size beyond any file');
  return Number(value);
}

/** The entries the central directory declares, read without inflating anything. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - U16_MAX); at -= 1) {
    if (data.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken('no zip central directory');
  let count = data.getUint16(eocd + 10, true);
  let directoryOffset = data.getUint32(eocd + 16, true);
  if (count === U16_MAX || directoryOffset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR)
      throw broken('a broken ZIP64 directory');
    const zip64 = u64(data, locator + 8);
    if (zip64 + 56 > bytes.length || data.getUint32(zip64, true) !== ZIP64_EOCD)
      throw broken('a broken ZIP64 directory');
    count = u64(data, zip64 + 32);
    directoryOffset = u64(data, zip64 + 48);
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_HEADER)
      throw broken('a broken zip central directory');
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw broken('a broken zip central directory');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let compressedBytes = data.getUint32(at + 20, true);
    let uncompressedBytes = data.getUint32(at + 24, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    if ([compressedBytes, uncompressedBytes, localHeaderOffset].includes(U32_MAX)) {
      // The ZIP64 extra field holds, in this order, only the values whose 32-bit field is 0xFFFFFFFF.
      let field = at + 46 + nameLength;
      const end = field + extraLength;
      while (field + 4 <= end && data.getUint16(field, true) !== 0x0001)
        field += 4 + data.getUint16(field + 2, true);
      if (field + 4 > end) throw broken(`entry ${name} lacks its ZIP64 sizes`);
      let value = field + 4;
      const take = (): number => {
        if (value + 8 > end) throw broken(`entry ${name} lacks its ZIP64 sizes`);
        const read = u64(data, value);
        value += 8;
        return read;
      };
      if (uncompressedBytes === U32_MAX) uncompressedBytes = take();
      if (compressedBytes === U32_MAX) compressedBytes = take();
      if (localHeaderOffset === U32_MAX) localHeaderOffset = take();
    }
    if ((data.getUint16(at + 8, true) & 1) === 1) throw refuse(`entry ${name} of the workbook is encrypted`);
    entries.push({
      name,
      method: data.getUint16(at + 10, true),
      compressedBytes,
      uncompressedBytes,
      localHeaderOffset,
    });
    at = next;
  }
  return entries;
}

/** Refuses an archive whose directory declares more than the limits allow (nothing is inflated). */
export function checkZipDirectory(entries: readonly ZipEntry[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries)
    throw refuse(`a workbook may have at most ${limits.maxEntries} parts; this one has ${entries.length}`);
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw broken(`entry ${entry.name} uses zip compression method ${entry.method}`);
    if (entry.uncompressedBytes > limits.maxEntryBytes)
      throw refuse(
        `a workbook part may inflate to at most ${megabytes(limits.maxEntryBytes)}; ${entry.name} declares ${megabytes(entry.uncompressedBytes)}`,
      );
    if (
      entry.uncompressedBytes > limits.ratioGraceBytes &&
      entry.uncompressedBytes > limits.maxRatio * Math.max(entry.compressedBytes, 1)
    )
      throw refuse(
        `a workbook part may inflate at most ${limits.maxRatio} times its compressed size; ${entry.name} inflates ${Math.round(entry.uncompressedBytes / Math.max(entry.compressedBytes, 1))} times`,
      );
    total += entry.uncompressedBytes;
    if (total > limits.maxTotalBytes)
      throw refuse(`a workbook may inflate to at most ${megabytes(limits.maxTotalBytes)} in all`);
  }
}

const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Inflates one entry as a stream, counting its output (and its rows, for a worksheet) and keeping none. */
async function checkEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits): Promise<void> {
  const data = view(bytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_HEADER)
    throw broken(`entry ${entry.name} is not where the directory says`);
  const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
  if (start + entry.compressedBytes > bytes.length) throw broken(`entry ${entry.name} is cut short`);
  const compressed = bytes.subarray(start, start + entry.compressedBytes);
  const countRows = isWorksheet(entry.name);
  let produced = 0;
  let rows = 0;
  let tail = '';
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > entry.uncompressedBytes)
      throw refuse(`${entry.name} inflates to more than the ${entry.uncompressedBytes} bytes it declares`);
    if (!countRows) return;
    // `<row` is ASCII: latin1 keeps one character per byte. A match is 5 characters, so the 4 kept from
    // the previous chunk find one across the boundary and never count one twice.
    const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    rows += text.match(/<row[\s>/]/g)?.length ?? 0;
    tail = text.slice(-4);
    if (rows > limits.maxSheetRows)
      throw refuse(
        `a list may have at most ${limits.maxSheetRows - 1} lines; split it into several files (${entry.name})`,
      );
  };
  if (entry.method === STORED) {
    if (entry.compressedBytes !== entry.uncompressedBytes)
      throw broken(`entry ${entry.name} is stored with two sizes`);
    take(compressed);
    return;
  }
  const inflater = createInflateRaw();
  inflater.end(compressed);
  try {
    for await (const chunk of inflater) take(chunk as Buffer);
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw broken(`entry ${entry.name} does not inflate: ${(error as Error).message}`);
  } finally {
    inflater.destroy();
  }
}

/**
 * Refuses a workbook that would inflate past the limits: from its directory first, then by inflating each
 * entry without keeping it. Resolves when exceljs may load it.
 */
export async function inspectZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipEntry[]> {
  const entries = zipDirectory(bytes);
  checkZipDirectory(entries, limits);
  for (const entry of entries) await checkEntry(bytes, entry, limits);
  return entries;
}
