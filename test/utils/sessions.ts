import request from 'supertest';
import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { MembershipRole, Role } from '../../src/common/auth/roles';
import { MembersService } from '../../src/engagements/members.service';
import { UsersService } from '../../src/users/users.service';
import { TestApp } from './create-test-app';

export const TEST_PASSWORD = 'test-password-long-enough';

type Call = (url: string) => request.Test;

/** A signed-in user: `session.get(url)` is a supertest request carrying their token. */
export interface Session {
  token: string;
  userId: string;
  email: string;
  role: Role;
  get: Call;
  post: Call;
  put: Call;
  patch: Call;
  delete: Call;
}

let counter = 0;

/** Creates a user of this role (through the users service, as an admin would) and signs them in over HTTP. */
export async function signIn(t: TestApp, role: Role, options: { email?: string } = {}): Promise<Session> {
  counter += 1;
  const email = options.email ?? `${role.replace('_', '.')}.${counter}@test.example.org`;
  const users = t.app.get(UsersService);
  await users.ensure(SYSTEM_ACTOR, { email, name: `Test ${role} ${counter}`, role, password: TEST_PASSWORD });
  return sessionOf(t, email, TEST_PASSWORD);
}

export async function sessionOf(t: TestApp, email: string, password: string): Promise<Session> {
  const response = await t.http().post('/api/auth/login').send({ email, password }).expect(200);
  const token = response.body.accessToken as string;
  const bearer = `Bearer ${token}`;
  return {
    token,
    userId: response.body.user.id,
    email,
    role: response.body.user.role,
    get: (url) => t.http().get(url).set('authorization', bearer),
    post: (url) => t.http().post(url).set('authorization', bearer),
    put: (url) => t.http().put(url).set('authorization', bearer),
    patch: (url) => t.http().patch(url).set('authorization', bearer),
    delete: (url) => t.http().delete(url).set('authorization', bearer),
  };
}

export async function addMember(t: TestApp, engagementId: string, userId: string, role: MembershipRole): Promise<void> {
  await t.app.get(MembersService).add(SYSTEM_ACTOR, engagementId, { userId, role });
}

/** The CSRF secret cookie and a token from a page, as a browser holds them, for posting the pages' forms. */
export async function csrfOf(t: TestApp): Promise<{ cookie: string; token: string }> {
  const page = await t.http().get('/app/login').expect(200);
  return { cookie: String(page.headers['set-cookie']).split(';')[0], token: /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '' };
}
