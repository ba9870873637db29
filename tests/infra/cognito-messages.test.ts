import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Identity, TEMPORARY_PASSWORD_DAYS } from '../../infra/constructs/identity.ts';

/**
 * Issue 18: what Cognito sends users is in Chinese, with English below: the invitation carrying the
 * temporary password, and the verification code (also the code of a forgotten password), each within
 * Cognito's limits (a subject 1–140 characters, an SMS 6–140, an e-mail body 6–20,000) and with the
 * placeholders Cognito fills.
 */
function userPool(): Record<string, unknown> {
  const stack = new Stack(new App(), 'Identity');
  new Identity(stack, 'Identity', {
    callbackUrls: ['http://localhost:5173/'],
    logoutUrls: ['http://localhost:5173/'],
    domainPrefix: 'qingpu-awards-test',
  });
  const pools = Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPool')) as {
    Properties: Record<string, unknown>;
  }[];
  expect(pools).toHaveLength(1);
  return pools[0]?.Properties ?? {};
}

const CJK = /[\u3400-\u9fff]/;
/** Chinese first, English after the last Chinese. */
const chineseThenEnglish = (text: string): void => {
  expect(text).toMatch(CJK);
  expect(text).toMatch(/[\u3400-\u9fff][^\u3400-\u9fff]*[A-Za-z]{3,}[^\u3400-\u9fff]*$/);
};

describe('Cognito speaks Chinese, with English below (issue 18)', () => {
  const properties = userPool();

  it('invites a user in Chinese and English, with the username, the temporary password and its validity', () => {
    const config = properties['AdminCreateUserConfig'] as {
      InviteMessageTemplate: { EmailSubject: string; EmailMessage: string; SMSMessage: string };
    };
    const { EmailSubject, EmailMessage, SMSMessage } = config.InviteMessageTemplate;
    for (const text of [EmailSubject, EmailMessage, SMSMessage]) chineseThenEnglish(text);
    for (const text of [EmailMessage, SMSMessage]) {
      expect(text).toContain('{username}');
      expect(text).toContain('{####}');
    }
    expect(EmailMessage).toContain(`请在 ${TEMPORARY_PASSWORD_DAYS} 天内登录`);
    expect(EmailMessage).toContain(`Sign in within ${TEMPORARY_PASSWORD_DAYS} days`);
    expect(EmailSubject.length).toBeLessThanOrEqual(140);
    expect(SMSMessage.length).toBeLessThanOrEqual(140);
    expect(EmailMessage.length).toBeLessThanOrEqual(20_000);
    expect(properties['Policies']).toMatchObject({
      PasswordPolicy: { TemporaryPasswordValidityDays: TEMPORARY_PASSWORD_DAYS },
    });
  });

  it('sends verification codes (and forgotten-password codes) in Chinese and English', () => {
    const template = properties['VerificationMessageTemplate'] as {
      DefaultEmailOption: string;
      EmailSubject: string;
      EmailMessage: string;
      SmsMessage: string;
    };
    expect(template.DefaultEmailOption).toBe('CONFIRM_WITH_CODE');
    for (const text of [template.EmailSubject, template.EmailMessage, template.SmsMessage]) {
      chineseThenEnglish(text);
    }
    expect(template.EmailMessage).toContain('{####}');
    expect(template.SmsMessage).toContain('{####}');
    expect(template.EmailSubject.length).toBeLessThanOrEqual(140);
    expect(template.SmsMessage.length).toBeLessThanOrEqual(140);
    // The pool's own verification settings say the same (CloudFormation's older properties).
    expect(properties['EmailVerificationMessage']).toBe(template.EmailMessage);
    expect(properties['SmsVerificationMessage']).toBe(template.SmsMessage);
  });
});
