import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipDirectory } from '#domain/imports/zip-inspection';

/**
 * Zip archives built by hand for the inspector's tests, spreadsheet bombs included. A bomb's part is
 * never held inflated: a deflate stream may be cut into segments that each end on a byte boundary
 * (Z_FULL_FLUSH: a non-final block, no reference back across it), so one compressed segment of a
 * repeated chunk, written N times and followed by a final segment, inflates to N chunks.
 */

export interface ZipPart {
  readonly name: string;
  /** The entry's data as stored (deflated unless `method` is 0). */
  readonly data: Uint8Array;
  /** The uncompressed size the directory declares. */
  readonly size: number;
  readonly crc: number;
  readonly method?: number;
}

/** A small part, deflated. */
export function part(name: string, content: string | Uint8Array): ZipPart {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * A part of `head`, `chunk` × `times` and `tail`, deflated a segment at a time: compressed it is about
 * a thousandth of `chunk` × `times`, and building it takes one deflate of each piece.
 */
export function repeatedPart(
  name: string,
  head: string,
  chunk: string,
  times: number,
  tail: string,
): ZipPart {
  const [headBytes, chunkBytes, tailBytes] = [head, chunk, tail].map((text) => Buffer.from(text, 'utf8')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  const flushed = (bytes: Buffer): Buffer => deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
  const segment = flushed(chunkBytes);
  let crc = crc32(headBytes);
  for (let index = 0; index < times; index += 1) crc = crc32(chunkBytes, crc);
  crc = crc32(tailBytes, crc);
  return {
    name,
    data: Buffer.concat([
      flushed(headBytes),
      ...Array<Buffer>(times).fill(segment),
      deflateRawSync(tailBytes),
    ]),
    size: headBytes.length + chunkBytes.length * times + tailBytes.length,
    crc,
  };
}

/** The parts as a zip archive (local headers, data, central directory, end record). */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of parts) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a real workbook exceljs wrote (a list header and one line), inflated. */
export async function workbookParts(): Promise<ZipPart[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['企业名称', '统一社会信用代码', '证书编号']);
  sheet.addRow(['上海青禾精密机械有限公司', '913101180DM95UY1CJ', 'SH-1']);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return zipDirectory(bytes)
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      const start =
        entry.localHeaderOffset + 30 + Buffer.from(bytes.buffer).readUInt16LE(entry.localHeaderOffset + 26);
      const extra = Buffer.from(bytes.buffer).readUInt16LE(entry.localHeaderOffset + 28);
      const data = bytes.subarray(start + extra, start + extra + entry.compressedBytes);
      return part(entry.name, entry.method === 0 ? data : inflateRawSync(data));
    });
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A valid workbook whose first sheet inflates to `megabytes` MB of cells (in one row, so that only the
 * sizes can refuse it) from a file of about a thousandth of that.
 */
export async function spreadsheetBomb(megabytes = 400): Promise<Uint8Array> {
  const cell = '<c t="inlineStr"><is><t>上海青禾精密机械有限公司</t></is></c>';
  const chunk = cell.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(cell)));
  const bomb = repeatedPart(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="2">`,
    chunk,
    megabytes,
    `</row>${SHEET_TAIL}`,
  );
  const parts = await workbookParts();
  return zip(parts.map((entry) => (entry.name === bomb.name ? bomb : entry)));
}

export { SHEET_HEAD, SHEET_TAIL };
