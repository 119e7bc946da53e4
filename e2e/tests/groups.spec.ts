import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { openArea } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('browse the group tree down to a group, its sub-groups, device types and users', async ({
  editorPage: page,
}) => {
  await page.goto('/');
  await openArea(page, 'Groups');
  const tree = page.getByRole('navigation', { name: 'Group tree' });
  for (const name of ['Americas', 'Asia-Pacific', 'Europe', 'R&D Lab']) {
    await expect(tree.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'groups');

  await tree.getByRole('link', { name: 'Europe', exact: true }).click();
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
  await page.getByRole('table', { name: 'Sub-groups' }).getByRole('link', { name: 'Vienna Parking' }).click();
  await expect(page.getByRole('heading', { name: 'Vienna Parking', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sub-groups', level: 2 })).toBeVisible();
  await expect(page.getByText('No sub-groups')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Device types of the group' })
      .getByRole('link', { name: 'Parking sensor PS-3 (AT)' }),
  ).toBeVisible();

  // Back goes up the way the user came; the first crumb leads to the tree again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Central Parking', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Group tree' })).toBeVisible();
});
