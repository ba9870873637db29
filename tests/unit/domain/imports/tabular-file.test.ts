import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '#domain/errors';
import { readTabularFile } from '#domain/imports/tabular-file';

const LIMITS = { maxBytes: 10_000, maxRows: 3 };
const CSV = '企业名称,证书编号\n上海青禾精密机械有限公司,"SH-1"\n\n"上海淀湖\n智能装备有限公司",SH-2\n';

describe('reading a list file', () => {
  it('reads UTF-8 with and without a BOM alike, with the line each row starts on', async () => {
    const plain = await readTabularFile(new TextEncoder().encode(CSV), LIMITS);
    const bom = await readTabularFile(new TextEncoder().encode(`\uFEFF${CSV}`), LIMITS);
    expect(bom).toEqual(plain);
    expect(plain).toMatchObject({ format: 'CSV', encoding: 'UTF-8', header: ['企业名称', '证书编号'] });
    expect(plain.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('converts a GBK file (read as GB18030) and says so', async () => {
    const file = await readTabularFile(new Uint8Array(iconv.encode(CSV, 'gbk')), LIMITS);
    expect(file.encoding).toBe('GB18030');
    expect(file.rows[0]?.cells[0]).toBe('上海青禾精密机械有限公司');
  });

  it('refuses empty, oversized, too long and old-Excel files with a clear message', async () => {
    await expect(readTabularFile(new Uint8Array(), LIMITS)).rejects.toThrow(/empty/);
    await expect(readTabularFile(new Uint8Array(LIMITS.maxBytes + 1).fill(65), LIMITS)).rejects.toThrow(
      /at most/,
    );
    const long = ['a', '1', '2', '3', '4'].join('\n');
    await expect(readTabularFile(new TextEncoder().encode(long), LIMITS)).rejects.toThrow(/at most 3 lines/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTabularFile(xls, LIMITS)).rejects.toThrow(InvalidInput);
    await expect(readTabularFile(xls, LIMITS)).rejects.toThrow(/\.xls/);
  });

  it('stops reading a CSV one row past the cap: what follows is never parsed', async () => {
    const long = `a,b\n${'1,2\n'.repeat(4)}"unterminated\n`;
    await expect(readTabularFile(new TextEncoder().encode(long), LIMITS)).rejects.toThrow(/at most 3 lines/);
    const short = `a,b\n${'1,2\n'.repeat(3)}`;
    await expect(readTabularFile(new TextEncoder().encode(short), LIMITS)).resolves.toMatchObject({
      rows: [{ line: 2 }, { line: 3 }, { line: 4 }],
    });
  });

  it('refuses a broken workbook', async () => {
    await expect(readTabularFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), LIMITS)).rejects.toThrow(
      /XLSX/,
    );
  });
});
