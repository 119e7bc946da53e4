import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { openArea } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('browse the group tree: open groups level by level, the tree lives in the URL', async ({
  editorPage: page,
}) => {
  await page.goto('/');
  await openArea(page, 'Groups');
  const tree = page.getByRole('navigation', { name: 'Group tree' });
  for (const name of ['Americas', 'Asia-Pacific', 'Europe', 'R&D Lab']) {
    await expect(tree.getByRole('link', { name, exact: true })).toBeVisible();
  }

  const europe = tree.getByRole('button', { name: 'Sub-groups of Europe' });
  await expect(europe).toHaveAttribute('aria-expanded', 'false');
  await europe.click();
  await expect(europe).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Central Parking', 'France Logistics', 'Iberia Utilities']) {
    await expect(tree.getByRole('link', { name })).toBeVisible();
  }
  await tree.getByRole('button', { name: 'Sub-groups of Central Parking' }).click();
  await expect(tree.getByRole('link', { name: 'Munich Parking' })).toBeVisible();
  await expect(tree.getByRole('link', { name: 'Vienna Parking' })).toBeVisible();
  await tree.getByRole('button', { name: 'Sub-groups of Vienna Parking' }).click();
  await expect(tree.getByText('No sub-groups')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'groups');

  // The address reproduces the open tree.
  await expect(page).toHaveURL(/[?&]open=/);
  await page.reload();
  await expect(tree.getByRole('link', { name: 'Vienna Parking' })).toBeVisible();
  await expect(tree.getByRole('button', { name: 'Sub-groups of Central Parking' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  await tree.getByRole('link', { name: 'Vienna Parking' }).click();
  await expect(page.getByRole('heading', { name: 'Vienna Parking', level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Device types of the group' })
      .getByRole('link', { name: 'Parking sensor PS-3 (AT)' }),
  ).toBeVisible();
  await page.goBack();
  await expect(tree.getByRole('link', { name: 'Vienna Parking' })).toBeVisible();
});

test('a group page shows its details, sub-groups, device types and users with roles', async ({
  editorPage: page,
}) => {
  await page.goto('/groups');
  await page.getByRole('navigation', { name: 'Group tree' }).getByRole('link', { name: 'Europe' }).click();
  await expect(page.getByRole('heading', { name: 'Europe', level: 1 })).toBeVisible();
  const subGroups = page.getByRole('table', { name: 'Sub-groups' });
  for (const name of ['Central Parking', 'France Logistics', 'Iberia Utilities']) {
    await expect(subGroups.getByRole('link', { name })).toBeVisible();
  }
  await expect(
    page
      .getByRole('table', { name: 'Device types of the group' })
      .getByRole('link', { name: 'Lone worker button' }),
  ).toBeVisible();
  const usersTable = page.getByRole('table', { name: 'Users' });
  await expect(usersTable.getByRole('columnheader', { name: 'Roles' })).toBeVisible();
  await expect(usersTable.getByRole('row').nth(1)).toContainText('(Europe)');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'group');

  await subGroups.getByRole('link', { name: 'Central Parking' }).click();
  await expect(page.getByRole('heading', { name: 'Central Parking', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Group tree' })).toBeVisible();
});
