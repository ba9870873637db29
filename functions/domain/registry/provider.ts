import type { BankAccount, Contact, SupportConditions } from './registry-subject.ts';

/** 服务商: a diagnosis service provider (R4.2); it need not be located in Qingpu. */
export interface Provider extends SupportConditions {
  /** `PRV-` and the credit code: stable, unique, and what a provider user's token names. */
  readonly id: string;
  readonly creditCode: string;
  readonly name: string;
  /** R6.1.2: on the district's provider roster (服务商资源池), and since when (CST date). */
  readonly onRoster: boolean;
  readonly rosterSince?: string | undefined;
  /** Qualifications and certificates, as free text entries. */
  readonly qualifications: readonly string[];
  readonly contacts: readonly Contact[];
  readonly bankAccount?: BankAccount | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const providerIdFor = (creditCode: string): string => `PRV-${creditCode}`;
