import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from 'better-auth/crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';

export type Staff = { email: string; password: string; name: string };

const SIGN_IN = {
  ru: { email: 'Электронная почта', password: 'Пароль', signIn: 'Войти' },
  kk: { email: 'Электрондық пошта', password: 'Құпиясөз', signIn: 'Кіру' },
  en: { email: 'Email', password: 'Password', signIn: 'Sign in' },
} as const;

/**
 * A staff member in a test portal's embedded database, as an admin's invite and the set-password
 * step would leave them (the invite journey itself is tested in admin-auth.spec.ts).
 */
export async function createStaff(
  portal: keyof typeof portals | { pgPort: number },
  role: 'admin' | 'editor',
  name = role === 'admin' ? 'Асель Нурланова' : 'Данияр Серікбаев',
): Promise<Staff> {
  const staff = { email: `${role}-${randomBytes(5).toString('hex')}@example.org`, password: `e2e ${role} password ${randomBytes(3).toString('hex')}`, name };
  const { pgPort } = typeof portal === 'string' ? portals[portal] : portal;
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/portal` });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "emailVerified", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, true, now()) RETURNING id`,
      [staff.email, name, role],
    );
    const id = rows[0]?.id;
    await client.query(
      `INSERT INTO "Account" (id, "userId", "providerId", "accountId", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, 'credential', $2, $3, now())`,
      [id, id, await hashPassword(staff.password)],
    );
  } finally {
    await client.end();
  }
  return staff;
}

/** Signs in through the real form and waits for the admin's start page. */
export async function signIn(page: Page, staff: Staff, locale: keyof typeof SIGN_IN = 'ru') {
  const text = SIGN_IN[locale];
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(text.email).fill(staff.email);
  await page.getByLabel(text.password, { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: text.signIn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/**
 * Leaves a demo as it was after a spec created a record: the editor on its edit page trashes it,
 * then an admin, in a browser context of their own, purges it from the trash (found by `marker`).
 */
export async function trashAndPurge(page: Page, browser: Browser, admin: Staff, section: string, marker: string) {
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Переместить в корзину' }).click();
  await page.waitForURL(new RegExp(`/ru/admin/${section}(\\?|$)`));
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.goto('/ru/admin/trash');
  const row = adminPage.locator('tr').filter({ hasText: marker });
  adminPage.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(row).toHaveCount(0);
  await adminPage.context().close();
}
