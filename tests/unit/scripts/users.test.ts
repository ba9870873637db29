import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/imports/tabular-file';
import type { Outcome, UserDirectory } from '../../../scripts/users/apply.ts';
import { applyUsers, describeOutcome } from '../../../scripts/users/apply.ts';
import { parseUsersArgs, UsageError } from '../../../scripts/users/arguments.ts';
import type { NewUser } from '../../../scripts/users/user-list.ts';
import {
  checkUsers,
  cognitoAttributes,
  describeProblem,
  entriesOfTable,
  planLines,
  TOWN_CODES,
} from '../../../scripts/users/user-list.ts';

/**
 * Issue 18: `npm run users` checks every user before anything is written (each problem names its line
 * and field), prints what it would create, and with --apply creates users through the UserDirectory port
 * (a fake here), safely again on a second run.
 */

const ENTERPRISE_CODE = '91310118MA1JL0000N';
const PROVIDER_CODE = '91310118MA1JL1234Q';

const list = (text: string) => entriesOfTable(csvRows(text, { path: 'file', sameColumns: false }));
const problemsOf = (text: string): string[] => {
  const read = list(text);
  return (read.problems.length > 0 ? read.problems : checkUsers(read.entries).problems).map(describeProblem);
};

const TOWN_LIST = `email,role,town,creditCode,providerId,body,name
officer@zhujiajiao.gov.cn,TOWN_OFFICER,ZHUJIAJIAO,,,,李科长
Boss@Example.cn,enterprise,,${ENTERPRISE_CODE.toLowerCase()},,,
sales@provider.cn,PROVIDER,,,PRV-${PROVIDER_CODE},,
drc@qingpu.gov.cn,JOINT_REVIEWER,,,,drc,
director@qingpu.gov.cn,ECONOMIC_COMMISSION,,,,,王主任
`;

describe('a user list is checked whole', () => {
  it('reads every role with its scope, normalised as the API reads claims (R3.1.1 bodies, towns, credit codes)', () => {
    const { entries, problems } = list(TOWN_LIST);
    expect(problems).toEqual([]);
    const { users, problems: found } = checkUsers(entries);
    expect(found).toEqual([]);
    expect(users).toEqual([
      {
        line: 2,
        username: 'officer_at_zhujiajiao.gov.cn',
        email: 'officer@zhujiajiao.gov.cn',
        role: 'TOWN_OFFICER',
        name: '李科长',
        scope: { field: 'town', value: 'ZHUJIAJIAO' },
      },
      {
        line: 3,
        username: 'boss_at_example.cn',
        email: 'boss@example.cn',
        role: 'ENTERPRISE',
        scope: { field: 'creditCode', value: ENTERPRISE_CODE },
      },
      {
        line: 4,
        username: 'sales_at_provider.cn',
        email: 'sales@provider.cn',
        role: 'PROVIDER',
        scope: { field: 'providerId', value: `PRV-${PROVIDER_CODE}` },
      },
      {
        line: 5,
        username: 'drc_at_qingpu.gov.cn',
        email: 'drc@qingpu.gov.cn',
        role: 'JOINT_REVIEWER',
        scope: { field: 'body', value: 'DRC' },
      },
      {
        line: 6,
        username: 'director_at_qingpu.gov.cn',
        email: 'director@qingpu.gov.cn',
        role: 'ECONOMIC_COMMISSION',
        name: '王主任',
      },
    ]);
  });

  it('names the line and field of an unknown role or town, and creates no one from the list', () => {
    const text = `email,role,town
a@zhujiajiao.gov.cn,TOWN_OFFICER,ZHUJIAJIAO
b@zhujiajiao.gov.cn,TOWN_MAYOR,ZHUJIAJIAO
c@zhujiajiao.gov.cn,TOWN_OFFICER,ZHUJIAZHUANG
`;
    const { users, problems } = checkUsers(list(text).entries);
    expect(users).toEqual([]);
    expect(problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^line 3, role: unknown role "TOWN_MAYOR" \(ECONOMIC_COMMISSION, .*PROVIDER\)$/),
      expect.stringMatching(/^line 4, town: unknown town "ZHUJIAZHUANG" \(XIAYANG, .*BAIHE\)$/),
    ]);
    expect(TOWN_CODES).toHaveLength(11);
  });

  it('requires the scope of a scoped role and refuses one a role does not take', () => {
    expect(
      problemsOf(`email,role,town,creditCode,providerId,body
t@x.cn,TOWN_OFFICER,,,,
e@x.cn,ENTERPRISE,,,,
p@x.cn,PROVIDER,,,,
j@x.cn,JOINT_REVIEWER,,,,
c@x.cn,ECONOMIC_COMMISSION,XUJING,,,
f@x.cn,FINANCE,,,,STC
`),
    ).toEqual([
      expect.stringMatching(/^line 2, town: a TOWN_OFFICER needs a town/),
      expect.stringMatching(
        /^line 3, creditCode: an ENTERPRISE user needs the enterprise's unified social credit code/,
      ),
      expect.stringMatching(/^line 4, providerId: a PROVIDER user needs the provider's id/),
      expect.stringMatching(
        /^line 5, body: a JOINT_REVIEWER needs the member body .*DRC, STC, FINANCE_BUREAU/,
      ),
      'line 6, town: role ECONOMIC_COMMISSION takes no town (only TOWN_OFFICER does): leave it empty',
      'line 7, body: role FINANCE takes no body (only JOINT_REVIEWER does): leave it empty',
    ]);
  });

  it('refuses an invalid credit code, provider id or member body, and a bad or repeated e-mail', () => {
    const wrongCheck = `${ENTERPRISE_CODE.slice(0, 17)}M`;
    expect(
      problemsOf(`email,role,creditCode,providerId,body
e@x.cn,ENTERPRISE,${wrongCheck},,
p@x.cn,PROVIDER,,${PROVIDER_CODE},
q@x.cn,PROVIDER,,PRV-123,
j@x.cn,JOINT_REVIEWER,,,NDRC
not-an-address,ECONOMIC_COMMISSION,,,
E@X.cn,FINANCE,,,
,EXPERT,,,
`),
    ).toEqual([
      `line 2, creditCode: "${wrongCheck}": the check character (18th) does not match the first 17 characters`,
      `line 3, providerId: "${PROVIDER_CODE}" is a credit code: a provider's id is PRV-${PROVIDER_CODE}`,
      'line 4, providerId: "PRV-123": after PRV-, a unified social credit code has 18 characters',
      'line 5, body: unknown member body "NDRC" (DRC, STC, FINANCE_BUREAU, R3.1.1)',
      'line 6, email: "not-an-address" is not an e-mail address',
      'line 7, email: e@x.cn is already listed on line 2',
      'line 8, email: an e-mail address is required (the invitation goes there)',
    ]);
  });

  it('refuses a list whose header lacks a required column or has one it does not know, on line 1', () => {
    expect(problemsOf('mail,role,town\na@x.cn,EXPERT,\n')).toEqual([
      'line 1: column 1 "mail" is not a user list column (email, role, town, creditCode, providerId, body, name)',
      'line 1: the header has no "email" column',
    ]);
    expect(problemsOf('email,role\n')).toEqual(['the list has no users']);
  });

  it('counts lines as a spreadsheet shows them (blank lines skipped, quoted line breaks counted)', () => {
    const text = `email,role,name

a@x.cn,EXPERT,"two
lines"
b@x.cn,ASSESSOR,
`;
    expect(problemsOf(text)).toEqual([expect.stringMatching(/^line 5, role: unknown role "ASSESSOR"/)]);
  });
});

describe('npm run users -- create', () => {
  it('reads one user from the options, its problems named by option', () => {
    const command = parseUsersArgs([
      'create',
      '--role',
      'TOWN_OFFICER',
      '--email',
      'x@y.cn',
      '--town',
      'nowhere',
    ]);
    expect(command).toMatchObject({ command: 'create', apply: false });
    expect(checkUsers([command.entry ?? { values: {} }]).problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^--town: unknown town "nowhere"/),
    ]);
    const enterprise = parseUsersArgs([
      'create',
      '--role',
      'ENTERPRISE',
      '--email',
      'boss@example.cn',
      '--credit-code',
      ENTERPRISE_CODE,
    ]);
    expect(checkUsers([enterprise.entry ?? { values: {} }]).users).toMatchObject([
      { role: 'ENTERPRISE', scope: { field: 'creditCode', value: ENTERPRISE_CODE } },
    ]);
  });

  it('is a dry run unless --apply, which needs the user pool; refuses wrong usage', () => {
    expect(parseUsersArgs(['import', 'town.csv'])).toMatchObject({
      command: 'import',
      file: 'town.csv',
      apply: false,
    });
    expect(
      parseUsersArgs(['import', 'town.csv', '--apply', '--user-pool-id', 'cn-north-1_abc']),
    ).toMatchObject({
      apply: true,
      userPoolId: 'cn-north-1_abc',
    });
    expect(() => parseUsersArgs(['import', 'town.csv', '--apply'])).toThrow(/--apply needs --user-pool-id/);
    expect(() => parseUsersArgs(['import'])).toThrow(UsageError);
    expect(() => parseUsersArgs(['import', 'town.csv', '--town', 'XUJING'])).toThrow(
      /--town belongs to create/,
    );
    expect(() => parseUsersArgs(['create', '--group', 'FINANCE'])).toThrow(UsageError);
    expect(() => parseUsersArgs(['delete'])).toThrow(/unknown command "delete"/);
  });
});

describe('what would be created', () => {
  const users = checkUsers(list(TOWN_LIST).entries).users;

  it('prints one line a user: username, e-mail, group and scope attribute', () => {
    expect(planLines(users)).toEqual([
      'line 2: create officer_at_zhujiajiao.gov.cn (officer@zhujiajiao.gov.cn, 李科长) in group TOWN_OFFICER with custom:town=ZHUJIAJIAO',
      `line 3: create boss_at_example.cn (boss@example.cn) in group ENTERPRISE with custom:creditCode=${ENTERPRISE_CODE}`,
      `line 4: create sales_at_provider.cn (sales@provider.cn) in group PROVIDER with custom:providerId=PRV-${PROVIDER_CODE}`,
      'line 5: create drc_at_qingpu.gov.cn (drc@qingpu.gov.cn) in group JOINT_REVIEWER with custom:body=DRC',
      'line 6: create director_at_qingpu.gov.cn (director@qingpu.gov.cn, 王主任) in group ECONOMIC_COMMISSION',
    ]);
  });

  it('gives Cognito the verified e-mail, the name and the custom scope attribute the API reads', () => {
    expect(cognitoAttributes(users[0] as NewUser)).toEqual([
      { Name: 'email', Value: 'officer@zhujiajiao.gov.cn' },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'name', Value: '李科长' },
      { Name: 'custom:town', Value: 'ZHUJIAJIAO' },
    ]);
  });
});

/** A user pool in memory, recording every call. */
function fakeDirectory(
  existing: Record<string, { groups: string[]; attributes: Record<string, string> }> = {},
  options: { failOn?: string } = {},
) {
  const users = new Map(Object.entries(existing));
  const calls: string[] = [];
  const directory: UserDirectory = {
    createUser(username, attributes) {
      calls.push(`create ${username}`);
      if (username === options.failOn) return Promise.reject(new Error('TooManyRequestsException'));
      if (users.has(username)) return Promise.resolve('exists');
      const email = attributes.find((attribute) => attribute.Name === 'email')?.Value;
      if ([...users.values()].some((user) => user.attributes['email'] === email))
        return Promise.resolve('email-taken');
      users.set(username, {
        groups: [],
        attributes: Object.fromEntries(attributes.map((attribute) => [attribute.Name, attribute.Value])),
      });
      return Promise.resolve('created');
    },
    describeUser(username) {
      calls.push(`describe ${username}`);
      const user = users.get(username);
      return user ? Promise.resolve(user) : Promise.reject(new Error('UserNotFoundException'));
    },
    addToGroup(username, group) {
      calls.push(`group ${username} ${group}`);
      users.get(username)?.groups.push(group);
      return Promise.resolve();
    },
  };
  return { directory, users, calls };
}

describe('--apply, through the UserDirectory port', () => {
  const users = checkUsers(list(TOWN_LIST).entries).users;
  const kinds = (outcomes: Outcome[]) =>
    outcomes.map((outcome) => `${outcome.user.username} ${outcome.kind}`);

  it('creates each user with their attributes and adds them to their role’s group', async () => {
    const fake = fakeDirectory();
    const reported: string[] = [];
    const outcomes = await applyUsers(fake.directory, users, (outcome) =>
      reported.push(describeOutcome(outcome)),
    );
    expect(outcomes.every((outcome) => outcome.kind === 'created')).toBe(true);
    expect(fake.users.get('officer_at_zhujiajiao.gov.cn')).toEqual({
      groups: ['TOWN_OFFICER'],
      attributes: {
        email: 'officer@zhujiajiao.gov.cn',
        email_verified: 'true',
        name: '李科长',
        'custom:town': 'ZHUJIAJIAO',
      },
    });
    expect(fake.users.get('director_at_qingpu.gov.cn')?.groups).toEqual(['ECONOMIC_COMMISSION']);
    expect(reported[0]).toBe(
      'line 2: officer_at_zhujiajiao.gov.cn: created in group TOWN_OFFICER; invitation sent to officer@zhujiajiao.gov.cn',
    );
  });

  it('runs again without changing anyone, and resumes a run that stopped part-way', async () => {
    const fake = fakeDirectory({}, { failOn: 'drc_at_qingpu.gov.cn' });
    await expect(applyUsers(fake.directory, users, () => undefined)).rejects.toThrow(/TooManyRequests/);
    expect(fake.users.size).toBe(3);
    // A creation that stopped before its group: the user exists without a role.
    fake.users.set('drc_at_qingpu.gov.cn', {
      groups: [],
      attributes: { email: 'drc@qingpu.gov.cn', 'custom:body': 'DRC' },
    });
    const again = fakeDirectory(Object.fromEntries(fake.users));
    expect(kinds(await applyUsers(again.directory, users, () => undefined))).toEqual([
      'officer_at_zhujiajiao.gov.cn unchanged',
      'boss_at_example.cn unchanged',
      'sales_at_provider.cn unchanged',
      'drc_at_qingpu.gov.cn completed',
      'director_at_qingpu.gov.cn created',
    ]);
    expect(again.calls.filter((call) => call.startsWith('group'))).toEqual([
      'group drc_at_qingpu.gov.cn JOINT_REVIEWER',
      'group director_at_qingpu.gov.cn ECONOMIC_COMMISSION',
    ]);
  });

  it('leaves alone, and reports, a user who exists with another role or scope or whose e-mail is taken', async () => {
    const fake = fakeDirectory({
      'officer_at_zhujiajiao.gov.cn': {
        groups: ['TOWN_OFFICER'],
        attributes: { email: 'officer@zhujiajiao.gov.cn', 'custom:town': 'JINZE' },
      },
      'someone-else': { groups: ['EXPERT'], attributes: { email: 'boss@example.cn' } },
    });
    const outcomes = await applyUsers(fake.directory, users.slice(0, 2), () => undefined);
    expect(outcomes.map(describeOutcome)).toEqual([
      'line 2: officer_at_zhujiajiao.gov.cn: NOT CHANGED: officer_at_zhujiajiao.gov.cn already exists as TOWN_OFFICER with custom:town=JINZE: left as it is (change or delete it in the Cognito console first)',
      'line 3: boss_at_example.cn: NOT CHANGED: another user already signs in with boss@example.cn',
    ]);
    expect(fake.calls.filter((call) => call.startsWith('group'))).toEqual([]);
  });
});
