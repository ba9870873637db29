import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '#domain/errors';
import { readTabularFile, XLSX_LIMITS } from '#domain/imports/tabular-file';
import type { ZipLimits } from '#domain/imports/zip-inspection';
import { inspectZip, zipDirectory } from '#domain/imports/zip-inspection';
import {
  part,
  repeatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  spreadsheetBomb,
  workbookParts,
  zip,
} from '../../../support/zip.ts';

const MB = 1024 * 1024;
const LIMITS: ZipLimits = {
  maxEntries: 20,
  maxEntryBytes: MB,
  maxTotalBytes: 2 * MB,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
  maxSheetRows: 4,
};
/** Limits that only the one under test can trip. */
const only = (limits: Partial<ZipLimits>): ZipLimits => ({
  maxEntries: 1000,
  maxEntryBytes: 1000 * MB,
  maxTotalBytes: 1000 * MB,
  maxRatio: 1_000_000,
  ratioGraceBytes: 0,
  maxSheetRows: 1_000_000,
  ...limits,
});
const refusal = async (promise: Promise<unknown>): Promise<InvalidInput> => {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidInput);
  return error as InvalidInput;
};
const message = async (promise: Promise<unknown>): Promise<string> =>
  (await refusal(promise)).issues[0]?.message ?? '';

describe('inspecting a workbook before it is inflated', () => {
  it('passes a real workbook, which is then read', async () => {
    const bytes = zip(await workbookParts());
    const entries = await inspectZip(bytes, LIMITS);
    expect(entries.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    const file = await readTabularFile(bytes, { maxBytes: MB, maxRows: 10 });
    expect(file).toMatchObject({ format: 'XLSX', header: ['企业名称', '统一社会信用代码', '证书编号'] });
    expect(file.rows).toHaveLength(1);
  });

  it('refuses more entries than allowed, naming the limit', async () => {
    const parts = Array.from({ length: 6 }, (_, index) => part(`part${index}.xml`, '<a/>'));
    expect(await message(inspectZip(zip(parts), only({ maxEntries: 5 })))).toMatch(
      /at most 5 parts; this one has 6/,
    );
    await expect(inspectZip(zip(parts), only({ maxEntries: 6 }))).resolves.toHaveLength(6);
  });

  it('refuses an entry declared larger than allowed', async () => {
    const big = repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row/>', 300_000, SHEET_TAIL);
    const text = await message(inspectZip(zip([big]), only({ maxEntryBytes: MB })));
    expect(text).toMatch(/at most 1 MB; xl\/worksheets\/sheet1\.xml declares 1\.7 MB/);
  });

  it('refuses entries that add up to more than the total', async () => {
    const half = (name: string) => repeatedPart(name, '<a>', 'abcdefgh', 80_000, '</a>');
    const parts = [half('a.xml'), half('b.xml'), half('c.xml')];
    expect(await message(inspectZip(zip(parts), only({ maxTotalBytes: MB })))).toMatch(/at most 1 MB in all/);
    await expect(inspectZip(zip(parts.slice(0, 1)), only({ maxTotalBytes: MB }))).resolves.toHaveLength(1);
  });

  it('refuses an entry compressed beyond the ratio, past the grace size only', async () => {
    const dense = repeatedPart(
      'xl/sharedStrings.xml',
      '<sst>',
      '<si><t>x</t></si>'.repeat(2000),
      10,
      '</sst>',
    );
    const ratio = dense.size / dense.data.length;
    expect(ratio).toBeGreaterThan(100);
    expect(await message(inspectZip(zip([dense]), LIMITS))).toMatch(/at most 100 times its compressed size/);
    // The same part under the grace size is not judged by its ratio.
    await expect(inspectZip(zip([dense]), { ...LIMITS, ratioGraceBytes: MB })).resolves.toHaveLength(1);
  });

  it('refuses an entry that inflates to more than its directory declares', async () => {
    const real = repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, '<row/>', 100_000, SHEET_TAIL);
    const lying = { ...real, size: 1000 };
    expect(await message(inspectZip(zip([lying]), only({})))).toMatch(/more than the 1000 bytes it declares/);
  });

  it('counts the rows of every worksheet against the cap while inflating', async () => {
    const rows = (count: number) =>
      part('xl/worksheets/sheet2.xml', `${SHEET_HEAD}${'<row r="9"><c/></row>'.repeat(count)}${SHEET_TAIL}`);
    // SHEET_HEAD holds the header row: 3 more make the 4 allowed.
    await expect(inspectZip(zip([rows(3)]), LIMITS)).resolves.toHaveLength(1);
    expect(await message(inspectZip(zip([rows(4)]), LIMITS))).toMatch(/at most 3 lines/);
    // Rows in another part are not a sheet's.
    await expect(inspectZip(zip([{ ...rows(4), name: 'xl/other.xml' }]), LIMITS)).resolves.toHaveLength(1);
  });

  it('refuses a real workbook longer than the list cap before exceljs reads it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    for (let line = 0; line < 6; line += 1) sheet.addRow([`line ${line}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await message(readTabularFile(bytes, { maxBytes: MB, maxRows: 4 }))).toMatch(/at most 4 lines/);
    await expect(readTabularFile(bytes, { maxBytes: MB, maxRows: 5 })).resolves.toMatchObject({
      format: 'XLSX',
    });
  });

  it('refuses what is not a zip archive, a broken one, or an unknown method', async () => {
    expect(await message(inspectZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), LIMITS))).toMatch(
      /no zip central directory/,
    );
    expect(await message(inspectZip(zip([{ ...part('a.xml', '<a/>'), method: 12 }]), LIMITS))).toMatch(
      /compression method 12/,
    );
    const cut = zip([part('a.xml', '<a/>'.repeat(100))]);
    expect(zipDirectory(cut)).toHaveLength(1);
    expect(await message(inspectZip(cut.subarray(20), LIMITS))).toMatch(/broken zip central directory/);
  });

  it('refuses a 400 MB spreadsheet bomb from its directory, with the default limits, in a moment', async () => {
    const bomb = await spreadsheetBomb(400);
    expect(bomb.length).toBeLessThan(2 * MB);
    const started = Date.now();
    const text = await message(readTabularFile(bomb, { maxBytes: 10 * MB, maxRows: 20_000 }));
    expect(text).toMatch(
      /a workbook part may inflate to at most 32 MB; xl\/worksheets\/sheet1\.xml declares 400/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(XLSX_LIMITS.maxEntryBytes).toBe(32 * MB);
  });
});
