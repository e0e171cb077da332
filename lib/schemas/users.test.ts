import { describe, expect, it } from 'vitest';
import { inviteUserSchema, setPasswordSchema, signInSchema } from './users';

describe('user schemas', () => {
  it('normalises the invited e-mail and refuses an unknown role', () => {
    expect(inviteUserSchema.parse({ email: ' Editor@Example.org ', name: ' Aigerim ', role: 'editor' })).toEqual({
      email: 'editor@example.org',
      name: 'Aigerim',
      role: 'editor',
    });
    expect(inviteUserSchema.safeParse({ email: 'a@b.kz', name: 'A', role: 'owner' }).error?.issues[0]?.message).toBe('role');
    expect(inviteUserSchema.safeParse({ email: 'not-an-email', name: 'A', role: 'editor' }).error?.issues[0]?.message).toBe('email');
  });

  it('wants a password of 12 characters or more, typed twice the same', () => {
    expect(setPasswordSchema.safeParse({ token: 't', password: 'short', confirm: 'short' }).error?.issues[0]?.message).toBe('passwordTooShort');
    expect(setPasswordSchema.safeParse({ token: 't', password: 'long enough pass', confirm: 'long enough pas' }).error?.issues[0]).toMatchObject({
      path: ['confirm'],
      message: 'passwordsDiffer',
    });
    expect(setPasswordSchema.safeParse({ token: 't', password: 'long enough pass', confirm: 'long enough pass' }).success).toBe(true);
  });

  it('asks for both sign-in fields', () => {
    expect(signInSchema.safeParse({ email: 'a@b.kz', password: '' }).error?.issues[0]?.message).toBe('required');
  });
});
