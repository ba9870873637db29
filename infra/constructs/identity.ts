import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '#domain/identity/principal';
import { invitationMessages, verificationMessages } from '#domain/messages/sign-in';

/** How long an invited user's temporary password works (the invitation says so). */
export const TEMPORARY_PASSWORD_DAYS = 3;

export interface IdentityProps {
  /** Where Cognito may send a signed-in user (the front ends' callback pages), from context. */
  readonly callbackUrls: readonly string[];
  /** Where Cognito may send a signed-out user, from context. */
  readonly logoutUrls: readonly string[];
  /**
   * The prefix of the Cognito domain that serves the sign-in pages of the authorization-code flow
   * (`https://<prefix>.auth.<region>.amazoncognito.com`), from context: unique in the region.
   */
  readonly domainPrefix: string;
}

/**
 * Who may call the API. Roles are Cognito groups (one per role of the glossary); the scope of a
 * town officer, enterprise or provider user, and the member body a joint reviewer signs for (R3.1.1), is a custom attribute that only administrators set: the app
 * client can read it but not write it, so a user cannot widen their own scope.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  /** The sign-in pages' base URL, for the front ends' OAuth configuration. */
  readonly signInBaseUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(TEMPORARY_PASSWORD_DAYS),
      },
      // Issue 19: Essentials. Plus (US$0.02 a monthly active user, no free allowance) pays for threat
      // protection, which this pool never turned on; Essentials has every feature it uses (MFA by TOTP,
      // the hosted sign-in pages, custom attributes, groups) at US$0.015 a user above 10,000 free a month.
      featurePlan: FeaturePlan.ESSENTIALS,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Issue 18: what Cognito sends users, in Chinese with English below (the message catalogue's): the
      // invitation with the temporary password, and the code that verifies an address or resets a password.
      userInvitation: invitationMessages(TEMPORARY_PASSWORD_DAYS),
      userVerification: { emailStyle: VerificationEmailStyle.CODE, ...verificationMessages },
      customAttributes: {
        town: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        creditCode: new StringAttribute({ minLen: 18, maxLen: 18, mutable: true }),
        providerId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        // R3.1.1: the joint review group's member body a JOINT_REVIEWER signs for (DRC, STC, FINANCE_BUREAU).
        body: new StringAttribute({ minLen: 3, maxLen: 32, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials, not Plus: Plus is billed for threat protection (compromised credentials, adaptive authentication), which this pool does not turn on. Users are created by administrators only, sign in with a 12-character password and a TOTP second factor (MFA required), and the app client cannot write their scope. Turning threat protection on means Plus again (npm run cost prices it).',
    });

    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `Users acting as ${role}`,
      });
    }

    const standard = { email: true, fullname: true, phoneNumber: true };
    this.appClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      readAttributes: new ClientAttributes()
        .withStandardAttributes(standard)
        .withCustomAttributes('town', 'creditCode', 'providerId', 'body'),
      writeAttributes: new ClientAttributes().withStandardAttributes(standard),
      // The authorization-code flow (with PKCE, as the front end must use without a secret) only: no
      // implicit flow, whose tokens travel in the URL, and no client-credentials flow.
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...props.callbackUrls],
        logoutUrls: [...props.logoutUrls],
      },
    });
    // Without a domain the code flow above has no sign-in page to send users to.
    const domain = this.userPool.addDomain('HostedDomain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
    });
    this.signInBaseUrl = domain.baseUrl();
  }
}
