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

  it('R3.1.1: reads the member body a joint reviewer signs for', () => {
    expect(
      principalFromClaims({
        sub: 'u4',
        'cognito:groups': '[JOINT_REVIEWER]',
        'custom:body': 'FINANCE_BUREAU',
      }),
    ).toEqual({ kind: 'user', userId: 'u4', role: 'JOINT_REVIEWER', body: 'FINANCE_BUREAU' });
  });

  it('R3.1.1: refuses a joint reviewer without a body, or with a body that is not a member, saying which claim', () => {
    expect(() => principalFromClaims({ sub: 'u', 'cognito:groups': ['JOINT_REVIEWER'] })).toThrow(
      /JOINT_REVIEWER needs the custom:body claim.*DRC, STC, FINANCE_BUREAU/,
    );
    expect(() =>
      principalFromClaims({
        sub: 'u',
        'cognito:groups': ['JOINT_REVIEWER'],
        'custom:body': 'PROMOTION_OFFICE',
      }),
    ).toThrow(/member body of the joint review group.*"PROMOTION_OFFICE"/);
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
