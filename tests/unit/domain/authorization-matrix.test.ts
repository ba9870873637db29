import { describe, expect, it } from 'vitest';
import { authorize, OPERATION_RULES } from '#domain/authorization/policy';
import type { Operation } from '#domain/authorization/policy';
import { Forbidden } from '#domain/errors';
import { ANONYMOUS, ROLES } from '#domain/identity/principal';
import type { Principal, Role } from '#domain/identity/principal';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];
const SIGNED_IN: readonly Caller[] = ROLES;

/**
 * Who may run what, written out from the policy and the issues rather than read from the code:
 * anonymous callers get only liveness (and, later, R6.4's publicity list and objection filing).
 */
const EXPECTED: Record<Operation, readonly Caller[]> = {
  health: CALLERS,
  version: SIGNED_IN,
  me: SIGNED_IN,
  listTowns: SIGNED_IN,
};

function principalFor(caller: Caller): Principal {
  if (caller === 'ANONYMOUS') return ANONYMOUS;
  return {
    kind: 'user',
    userId: `user-${caller}`,
    role: caller,
    town: 'ZHUJIAJIAO',
    creditCode: '914403001922038216',
    providerId: 'P-1',
  };
}

describe('authorization matrix: every caller × every operation', () => {
  it('covers every operation the policy module knows', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(OPERATION_RULES).sort());
  });

  const cases = (Object.keys(EXPECTED) as Operation[]).flatMap((operation) =>
    CALLERS.map((caller) => ({ operation, caller, allowed: EXPECTED[operation].includes(caller) })),
  );

  it.each(cases)('$caller → $operation: allowed=$allowed', ({ operation, caller, allowed }) => {
    const outcome = ((): 'allowed' | 'forbidden' | 'other error' => {
      try {
        authorize(principalFor(caller), operation);
        return 'allowed';
      } catch (error) {
        return error instanceof Forbidden ? 'forbidden' : 'other error';
      }
    })();
    expect(outcome).toBe(allowed ? 'allowed' : 'forbidden');
  });
});
