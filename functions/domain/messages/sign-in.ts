/**
 * What Cognito sends users (issue 18): Chinese first, English below, one placeholder each. Cognito fills
 * `{username}` and `{####}` (the temporary password in an invitation, the code in a verification); the same
 * verification message carries the code of a forgotten password. Plain HTML: Cognito sends e-mail as HTML.
 * Limits (Cognito's): a subject 1–140 characters, an SMS 6–140, an e-mail body 6–20,000.
 */

const SMS_BRAND = '【青浦智能工厂奖励】';

/** The invitation an administrator's new user receives (AdminCreateUser), with the temporary password. */
export const invitationMessages = (temporaryPasswordDays: number) =>
  ({
    emailSubject:
      '青浦区智能工厂奖励平台账户已开通 / Your account on the Qingpu smart-factory awards platform',
    emailBody: [
      '<p>您好！青浦区经委已为您开通青浦区智能化改造和智能工厂奖励平台账户。<br>',
      'Hello! The Qingpu District Economic Commission has opened your account on the district’s smart-factory awards platform.</p>',
      '<p>用户名 Username：{username}<br>',
      '临时密码 Temporary password：{####}</p>',
      `<p>请在 ${temporaryPasswordDays} 天内登录并设置新密码；首次登录时需绑定身份验证器应用（多因素认证）。临时密码过期后，请联系区经委重新发送。<br>`,
      `Sign in within ${temporaryPasswordDays} days and choose a new password; at your first sign-in you also set up an authenticator app (multi-factor authentication). Once the temporary password has expired, ask the Economic Commission for a new one.</p>`,
    ].join('\n'),
    smsMessage: `${SMS_BRAND}用户名 Username：{username}，临时密码 Temporary password：{####}。请于${temporaryPasswordDays}天内登录。Sign in within ${temporaryPasswordDays} days.`,
  }) as const;

/** The code that verifies an e-mail address or resets a forgotten password. */
export const verificationMessages = {
  emailSubject: '青浦区智能工厂奖励平台验证码 / Your verification code',
  emailBody: [
    '<p>您的验证码 Your verification code：{####}</p>',
    '<p>请在页面中输入该验证码，以验证电子邮件地址或重设密码。如非本人操作，请忽略本邮件。<br>',
    'Enter it to verify your e-mail address or to reset your password. If you did not ask for it, ignore this message.</p>',
  ].join('\n'),
  smsMessage: `${SMS_BRAND}验证码 Verification code：{####}。如非本人操作请忽略。Ignore it if you did not ask for it.`,
} as const;
