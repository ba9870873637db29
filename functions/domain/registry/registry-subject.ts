/**
 * What enterprises and providers have in common as subjects of support (R4.3, R7.2), and the value
 * types of the registry.
 */

/** 经营状态. Only NORMAL may be supported (R4.3). */
export const BUSINESS_STATUSES = ['NORMAL', 'ABNORMAL', 'DEREGISTERED', 'REVOKED'] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** 信用记录. Only GOOD may be supported (R4.3). */
export const CREDIT_STANDINGS = ['GOOD', 'POOR'] as const;
export type CreditStanding = (typeof CREDIT_STANDINGS)[number];

export interface Contact {
  readonly name: string;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
}

export interface BankAccount {
  /** Bank and branch, e.g. 中国工商银行上海青浦支行. */
  readonly bankName: string;
  /** Account holder as the bank knows it; must be the entity itself. */
  readonly accountName: string;
  readonly accountNumber: string;
}

/**
 * An R7.2 ban (取消三年申报资格) as it stands on the subject: the latest end date of any ban. Kept on the
 * subject's own item so that eligibility never needs a second read.
 */
export interface BanSummary {
  /** First day on which the subject may apply again (CST calendar date, `YYYY-MM-DD`). */
  readonly until: string;
  readonly reason: string;
}

/** R7.2.1: whether two bans are the same one (a release lifts the hold of the ban it names, no other). */
export const sameBan = (a: BanSummary | undefined, b: BanSummary | undefined): boolean =>
  a !== undefined && b !== undefined && a.until === b.until && a.reason === b.reason;

/** The R4.3 conditions and the R7.2 ban, common to enterprises and providers. */
export interface SupportConditions {
  /** 能够独立承担民事责任. */
  readonly independentLiability: boolean;
  /** 运行管理规范. */
  readonly wellManaged: boolean;
  readonly businessStatus: BusinessStatus;
  /** 财务制度健全. */
  readonly soundFinancialRecords: boolean;
  readonly creditStanding: CreditStanding;
  readonly ban?: BanSummary | undefined;
}
