import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { portals } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';

// What an admin or editor sees in each locale.
const TEXT = {
  ru: {
    signInTitle: 'Вход в администрирование',
    email: 'Электронная почта',
    password: 'Пароль',
    signIn: 'Войти',
    invalid: 'Неверная электронная почта или пароль.',
    shell: 'Администрирование',
    users: 'Пользователи',
    signOut: 'Выйти',
    failures: 'Неудачные попытки входа',
    noAccount: 'нет такой учётной записи',
  },
  kk: {
    signInTitle: 'Әкімшілік бөлімге кіру',
    email: 'Электрондық пошта',
    password: 'Құпиясөз',
    signIn: 'Кіру',
    invalid: 'Электрондық пошта немесе құпиясөз қате.',
    shell: 'Әкімшілік',
    users: 'Пайдаланушылар',
    signOut: 'Шығу',
    failures: 'Сәтсіз кіру әрекеттері',
    noAccount: 'мұндай тіркелгі жоқ',
  },
  en: {
    signInTitle: 'Sign in to the administration',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    invalid: 'Wrong email or password.',
    shell: 'Administration',
    users: 'Users',
    signOut: 'Sign out',
    failures: 'Failed sign-ins',
    noAccount: 'no such account',
  },
} as const;
type Locale = keyof typeof TEXT;
const LOCALES = Object.keys(TEXT) as Locale[];

const ADMIN_PASSWORD = 'press office admin 2026';
let adminEmail = '';

// The first admin comes from the real command, run against the e2e portal's embedded database
// (found through its data folder while the portal runs).
test.beforeAll(async ({}, testInfo) => {
  adminEmail = `admin-${testInfo.project.name}@example.org`;
  execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/admin-create.ts', '--email', adminEmail, '--name', 'Асель Нурланова'],
    {
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORTAL_DATA_DIR: portals.shymkent.dataDir,
        ADMIN_PASSWORD,
        SITE_URL: `http://localhost:${portals.shymkent.port}`,
      },
      stdio: 'pipe',
    },
  );
});

/** Failures of an e-mail address as a guessing attacker leaves them, straight into the portal's database. */
async function recordFailures(email: string, failures: number, waitSeconds: number) {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${portals.shymkent.pgPort}/portal` });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "SignInThrottle" (key, failures, "lastFailureAt", "nextAttemptAt") VALUES ($1, $2, now(), now() + make_interval(secs => $3))`,
      [`account:${email}`, failures, waitSeconds],
    );
  } finally {
    await client.end();
  }
}

async function signIn(page: Page, locale: Locale, email: string, password: string) {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(TEXT[locale].email).fill(email);
  await page.getByLabel(TEXT[locale].password, { exact: true }).fill(password);
  await page.getByRole('button', { name: TEXT[locale].signIn, exact: true }).click();
}

for (const locale of LOCALES) {
  test(`${locale}: admin pages send visitors to sign-in, whose form is accessible and never says which part was wrong`, async ({ page }) => {
    for (const path of ['/admin', '/admin/users']) {
      await page.goto(`/${locale}${path}`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin/sign-in$`));
    }
    await expect(page.getByRole('heading', { level: 1, name: TEXT[locale].signInTitle })).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, locale, adminEmail, 'not the right password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TEXT[locale].invalid);
    // An e-mail nobody has, its own per locale and project (after five failures an e-mail's attempts wait).
    await signIn(page, locale, `nobody-${locale}-${test.info().project.name}@example.org`, ADMIN_PASSWORD);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(TEXT[locale].invalid);
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/sign-in$`));
  });
}

test('an admin invites an editor, who sets a password through the link, signs in and out', async ({ page, browser }) => {
  await signIn(page, 'ru', adminEmail, ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await expect(page.getByText(TEXT.ru.shell, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Здравствуйте, Асель Нурланова');
  const nav = page.getByRole('navigation', { name: 'Разделы администрирования' });
  for (const section of ['Обзор', 'Партнёры', 'Соглашения', 'События', 'Медиафайлы', 'Журнал изменений', 'Пользователи', 'Настройки']) {
    await expect(nav.getByRole('link', { name: section })).toBeVisible();
  }

  // The users page in each language, accessible, with this admin in the list, and an e-mail
  // address under attack among the failed sign-ins.
  const guessed = `guessed-${test.info().project.name}-${Date.now()}@example.org`;
  await recordFailures(guessed, 12, 60);
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/admin/users`);
    await expect(page.getByRole('heading', { level: 1, name: TEXT[locale].users })).toBeVisible();
    await expect(page.getByRole('table').getByRole('rowheader', { name: adminEmail })).toBeVisible();
    const failures = page.getByRole('region', { name: TEXT[locale].failures, exact: true });
    await expect(failures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: guessed }) })).toContainText(
      [TEXT[locale].noAccount, '12'].join(''),
    );
    await expectNoAxeViolations(page);
  }

  // English: invite an editor; the one-time link appears on the page.
  const editorEmail = `editor-${test.info().project.name}-${Date.now()}@example.org`;
  await page.getByLabel('Email', { exact: true }).fill(editorEmail);
  await page.getByLabel('Name', { exact: true }).fill('Dana Editor');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const link = page.getByLabel(`Link for ${editorEmail} (works once, for 72 hours):`);
  await expect(link).toHaveValue(new RegExp(`^http://localhost:${portals.shymkent.port}/en/admin/set-password\\?token=`));
  const url = await link.inputValue();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: editorEmail }) });
  await expect(row.getByRole('cell', { name: 'Waiting for a password' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The editor, in a browser of their own.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto(url);
  await expect(editor.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(editor.getByLabel('Email')).toHaveValue(editorEmail);
  await expectNoAxeViolations(editor);
  await editor.getByLabel('New password').fill('too short');
  await editor.getByLabel('Repeat the password').fill('too short');
  await editor.getByRole('button', { name: 'Save and sign in' }).click();
  await expect(editor.getByText('Too short: use at least 12 characters.')).toBeVisible();
  await editor.getByLabel('New password').fill('a long and private pass');
  await editor.getByLabel('Repeat the password').fill('a long and private pass');
  await editor.getByRole('button', { name: 'Save and sign in' }).click();
  await expect(editor).toHaveURL(/\/en\/admin$/);
  await expect(editor.getByText('Signed in as Dana Editor (editor)')).toBeVisible();
  // Editors manage content, not users.
  await expect(editor.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await editor.goto('/en/admin/users');
  await expect(editor.getByRole('main').getByRole('alert')).toHaveText('Only administrators can use this section.');
  // The link is spent.
  await editor.goto(url);
  await expect(editor.getByText(/This link does not work/)).toBeVisible();

  await editor.goto('/kk/admin');
  await editor.getByRole('button', { name: TEXT.kk.signOut }).click();
  await expect(editor).toHaveURL(/\/kk\/admin\/sign-in$/);
  await editor.goto('/kk/admin');
  await expect(editor).toHaveURL(/\/kk\/admin\/sign-in$/);

  // The editor signs in again with the new password, in Kazakh.
  await signIn(editor, 'kk', editorEmail, 'a long and private pass');
  await expect(editor).toHaveURL(/\/kk\/admin$/);
  await expect(editor.getByText(TEXT.kk.shell, { exact: true })).toBeVisible();

  // The admin disables the editor: the editor's next request is signed out.
  await page.reload();
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: editorEmail }) })
    .getByRole('button', { name: /^Disable/ })
    .click();
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: editorEmail }) })
      .getByRole('cell', { name: 'Disabled' }),
  ).toBeVisible();
  await editor.goto('/kk/admin');
  await expect(editor).toHaveURL(/\/kk\/admin\/sign-in$/);
  await editorContext.close();

  await page.getByRole('button', { name: TEXT.en.signOut }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
});

test('an e-mail that failed too often must wait, and the form says for how long in its language', async ({ page }) => {
  const email = `guessed-${test.info().project.name}-${Date.now()}@example.org`;
  await recordFailures(email, 10, 60);
  const alert = page.getByRole('main').getByRole('alert');
  await signIn(page, 'ru', email, 'any password at all');
  await expect(alert).toHaveText(/^Слишком много неудачных попыток входа\. Попробуйте снова через \d+ секунд[уы]?\.$/);
  await signIn(page, 'en', email, 'any password at all');
  await expect(alert).toHaveText(/^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/);
});
