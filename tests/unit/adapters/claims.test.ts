import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '#adapters/identity/claims';
import { Unauthenticated } from '#domain/errors';

describe('principalFromClaims', () => {
  it('reads the role from an array of groups (a verified development token)', () => {
    expect(principalFromClaims({ sub: 'u1', 'cognito:groups': ['FINANCE'] })).toEqual({
      kind: 'user',
      userId: 'u1',
      role: 'FINANCE',
    });
  });

  it('reads the role from the bracketed string API Gateway passes for array claims', () => {
    const principal = principalFromClaims({
      sub: 'u2',
      'cognito:groups': '[TOWN_OFFICER]',
      'custom:town': 'ZHUJIAJIAO',
    });
    expect(principal).toMatchObject({ role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  });

  it('ignores groups that are not roles of the programme', () => {
    expect(principalFromClaims({ sub: 'u3', 'cognito:groups': '[admins EXPERT]' }).role).toBe('EXPERT');
  });

  it.each([
    ['no role group', { sub: 'u', 'cognito:groups': ['admins'] }],
    ['two role groups', { sub: 'u', 'cognito:groups': ['FINANCE', 'ECONOMIC_COMMISSION'] }],
    ['no subject', { 'cognito:groups': ['FINANCE'] }],
    ['a town officer without a town', { sub: 'u', 'cognito:groups': ['TOWN_OFFICER'] }],
    ['an enterprise user without a credit code', { sub: 'u', 'cognito:groups': ['ENTERPRISE'] }],
    ['a provider user without a provider id', { sub: 'u', 'cognito:groups': ['PROVIDER'] }],
  ])('refuses a token with %s', (_label, claims) => {
    expect(() => principalFromClaims(claims)).toThrow(Unauthenticated);
  });
});
