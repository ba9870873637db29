/**
 * The `UserDirectory` port on a Cognito user pool (AdminCreateUser, AdminGetUser, AdminListGroupsForUser,
 * AdminAddUserToGroup), with the operator's own credentials.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AliasExistsException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CreateResult, UserDirectory } from './apply.ts';

export function cognitoDirectory(client: CognitoIdentityProviderClient, userPoolId: string): UserDirectory {
  return {
    async createUser(username, attributes): Promise<CreateResult> {
      try {
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: username,
            UserAttributes: [...attributes],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
        return 'created';
      } catch (error) {
        if (error instanceof UsernameExistsException) return 'exists';
        if (error instanceof AliasExistsException) return 'email-taken';
        throw error;
      }
    },
    async describeUser(username) {
      const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
      const groups: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new AdminListGroupsForUserCommand({
            UserPoolId: userPoolId,
            Username: username,
            ...(nextToken === undefined ? {} : { NextToken: nextToken }),
          }),
        );
        groups.push(...(page.Groups ?? []).flatMap((group) => (group.GroupName ? [group.GroupName] : [])));
        nextToken = page.NextToken;
      } while (nextToken !== undefined);
      const attributes = Object.fromEntries(
        (user.UserAttributes ?? []).flatMap((attribute) =>
          attribute.Name === undefined || attribute.Value === undefined
            ? []
            : [[attribute.Name, attribute.Value]],
        ),
      );
      return { groups, attributes };
    },
    async addToGroup(username, group) {
      await client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }),
      );
    },
  };
}
