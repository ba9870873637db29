import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
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
      // Issue 19: Lite (US$0.0055 a monthly active user, where Essentials costs US$0.015 and Plus US$0.02).
      // Every feature this pool uses is in Lite (AWS's "Features by plan"): sign-in by password and SRP,
      // MFA with an authenticator app (TOTP), groups, the OAuth 2.0/OIDC authorization server and the
      // classic hosted UI (the domain below asks for it); custom attributes, administrator-created users and
      // custom invitation and verification messages are not plan features. Essentials would add
      // managed login's branding editor, e-mail MFA, passwordless and passkey sign-in, access-token
      // customization and password history, none of which this pool uses (CDK refuses password history,
      // choice-based sign-in and e-mail MFA on Lite, so adding one fails synthesis rather than deployment).
      featurePlan: FeaturePlan.LITE,
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
        'Lite, not Plus: Plus is billed for threat protection (compromised credentials, adaptive authentication), which this pool does not turn on, and Lite has every feature it uses (issue 19). Users are created by administrators only, sign in with a 12-character password and a TOTP second factor (MFA required), and the app client cannot write their scope. Turning threat protection on means Plus (npm run cost prices the plan the template names).',
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
    // Without a domain the code flow above has no sign-in page to send users to. The classic hosted UI,
    // named rather than left to Cognito's default: managed login needs the Essentials plan (issue 19).
    const domain = this.userPool.addDomain('HostedDomain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });
    this.signInBaseUrl = domain.baseUrl();
  }
}
