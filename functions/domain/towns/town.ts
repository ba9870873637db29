/**
 * Local units (街镇 / 区属企业, R3.2): the towns and subdistricts of Qingpu and the district-owned
 * enterprise groups that take part in the same way. Reference data an administrator can change; the
 * list below only seeds an empty database.
 */

export const TOWN_KINDS = ['SUBDISTRICT', 'TOWN', 'DISTRICT_OWNED_GROUP'] as const;
export type TownKind = (typeof TOWN_KINDS)[number];

export interface Town {
  /** Stable upper-case code, e.g. `ZHUJIAJIAO`; used in claims and keys. */
  readonly code: string;
  /** Official Chinese name, e.g. 朱家角镇. */
  readonly name: string;
  readonly nameEn: string;
  readonly kind: TownKind;
  /** Units are merged or renamed from time to time; a retired unit stays for history. */
  readonly active: boolean;
}

/** Qingpu District's 3 subdistricts and 8 towns as of the 2022 rules. */
export const SEED_TOWNS: readonly Town[] = [
  { code: 'XIAYANG', name: '夏阳街道', nameEn: 'Xiayang Subdistrict', kind: 'SUBDISTRICT', active: true },
  { code: 'YINGPU', name: '盈浦街道', nameEn: 'Yingpu Subdistrict', kind: 'SUBDISTRICT', active: true },
  {
    code: 'XIANGHUAQIAO',
    name: '香花桥街道',
    nameEn: 'Xianghuaqiao Subdistrict',
    kind: 'SUBDISTRICT',
    active: true,
  },
  { code: 'ZHUJIAJIAO', name: '朱家角镇', nameEn: 'Zhujiajiao Town', kind: 'TOWN', active: true },
  { code: 'LIANTANG', name: '练塘镇', nameEn: 'Liantang Town', kind: 'TOWN', active: true },
  { code: 'JINZE', name: '金泽镇', nameEn: 'Jinze Town', kind: 'TOWN', active: true },
  { code: 'ZHAOXIANG', name: '赵巷镇', nameEn: 'Zhaoxiang Town', kind: 'TOWN', active: true },
  { code: 'XUJING', name: '徐泾镇', nameEn: 'Xujing Town', kind: 'TOWN', active: true },
  { code: 'HUAXIN', name: '华新镇', nameEn: 'Huaxin Town', kind: 'TOWN', active: true },
  { code: 'CHONGGU', name: '重固镇', nameEn: 'Chonggu Town', kind: 'TOWN', active: true },
  { code: 'BAIHE', name: '白鹤镇', nameEn: 'Baihe Town', kind: 'TOWN', active: true },
];

/** Port: where towns are kept. Implemented by the DynamoDB adapter. */
export interface TownRepository {
  /** Every town; `signal` stops the read (the process's list gives up on one that does not answer). */
  list(options?: { readonly signal?: AbortSignal }): Promise<Town[]>;
  get(code: string): Promise<Town | undefined>;
  /** Batched read for DataLoader: one request per 100 codes. */
  getMany(codes: readonly string[]): Promise<Map<string, Town>>;
  /** Adds the town unless one with the same code exists; returns whether it was added. */
  addIfAbsent(town: Town): Promise<boolean>;
}
