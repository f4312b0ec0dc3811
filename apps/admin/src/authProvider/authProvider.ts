import type { Role } from "@jinzhou/domain";
import type { AuthProvider, UserIdentity } from "react-admin";
import { isAuthenticationError } from "../dataProvider/graphqlErrors.ts";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { mayAccess } from "./access.ts";
import { clearToken, readToken, writeToken } from "./session.ts";

export interface SignedInUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organization: { id: string; name: string };
}

const loginMutation = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user { id username displayName role }
    }
  }
`;

const meQuery = /* GraphQL */ `
  query Me {
    me { id username displayName role organizationId organization { id name } }
  }
`;

// One `me` request per session: react-admin asks for identity, permissions and access often.
let signedInUser: Promise<SignedInUser | null> | null = null;

function currentUser(): Promise<SignedInUser | null> {
  if (!readToken()) return Promise.resolve(null);
  if (!signedInUser) {
    signedInUser = requestGraphql<{ me: SignedInUser | null }>(meQuery).then(
      ({ me }) => me,
      (error: unknown) => {
        signedInUser = null;
        throw error;
      },
    );
  }
  return signedInUser;
}

function endSession(): void {
  clearToken();
  signedInUser = null;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await requestGraphql<{ login: { token: string } }>(loginMutation, {
      username: username.trim(),
      password,
    });
    signedInUser = null;
    writeToken(login.token);
  },

  async logout() {
    endSession();
  },

  async checkAuth() {
    // Never signed in: go to the login page without an error message.
    if (!readToken()) throw { message: false };
    const user = await currentUser().catch((error: unknown) => {
      if (isAuthenticationError(error)) return null;
      throw error;
    });
    if (!user) {
      endSession();
      throw { message: "ra.notification.logged_out" };
    }
  },

  async checkError(error: unknown) {
    if (isAuthenticationError(error)) {
      endSession();
      throw { message: "ra.notification.logged_out" };
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = await currentUser();
    if (!user) throw { message: false };
    return {
      id: user.id,
      fullName: user.displayName,
      username: user.username,
      role: user.role,
      organizationName: user.organization.name,
    };
  },

  async getPermissions() {
    const user = await currentUser();
    return user?.role;
  },

  async canAccess({ resource, action }) {
    const user = await currentUser();
    return user !== null && mayAccess(user.role, resource, action);
  },
};
