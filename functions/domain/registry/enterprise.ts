import type { BankAccount, Contact, SupportConditions } from './registry-subject.ts';
import { REFUSALS } from '../messages/refusals.ts';

/** 企业: an enterprise of the registry, keyed by its unified social credit code. */
export interface Enterprise extends SupportConditions {
  readonly creditCode: string;
  readonly name: string;
  /** Code of the local unit (town) that keeps the enterprise's record (R3.2). */
  readonly town: string;
  readonly registeredAddress: string;
  /** R4.1: the actual place of business (实际经营地) is in Qingpu. */
  readonly businessInQingpu: boolean;
  /** R4.1: the tax registration (财税户管地) is in Qingpu. */
  readonly taxInQingpu: boolean;
  /** Legal representative (法定代表人). */
  readonly principalName: string;
  readonly contacts: readonly Contact[];
  readonly bankAccount?: BankAccount | undefined;
  /** Optimistic-concurrency counter: 1 on creation, +1 on every change. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface EnterpriseFilter {
  readonly town?: string | undefined;
  readonly businessStatus?: Enterprise['businessStatus'] | undefined;
  readonly eligible?: boolean | undefined;
  /** Part of the name, or the start of the credit code. */
  readonly search?: string | undefined;
}

/**
 * The one answer to registering a credit code the programme already holds, whichever town keeps it
 * (issue 16, existence oracles). A unified social credit code is unique, so a registration attempt cannot
 * help telling that the code is held; the answer says no more than that — not the town, the name or
 * whether the caller may see the record — and says what to do when the enterprise has moved (R3.2: the
 * commission changes the town that keeps it).
 */
export function alreadyRegisteredMessage(creditCode: string): string {
  return REFUSALS.alreadyRegistered.en({ creditCode });
}
