import { describe, expect, it } from 'vitest';
import { renderWithView } from '$lib/panels/testing/renderWithView';
import { panelAtlas } from '$lib/panels/testing/panelAtlas';
import AddressNotice from './AddressNotice.svelte';

describe('AddressNotice', () => {
	it('says nothing while the address was fine', async () => {
		const { screen } = await renderWithView(panelAtlas, AddressNotice, {});
		expect(screen.container.textContent?.trim()).toBe('');
	});

	it('lists what was left out, in the reader’s language, until dismissed', async () => {
		const { view, screen } = await renderWithView(panelAtlas, AddressNotice, {}, { lang: 'fr' });
		view.dropped = [
			{ key: 'themes', value: 'gendr' },
			{ key: 'view', value: 'pie' }
		];
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent(
				'Une partie de ce lien n’a pas pu être utilisée et a été ignorée : thèmes « gendr », vue « pie ».'
			);
		await screen.getByRole('button', { name: 'Fermer' }).click();
		expect(view.dropped).toEqual([]);
		await expect.element(screen.getByRole('status')).not.toBeInTheDocument();
	});

	it('names the first few of many values, counts the rest, and shows each as one short line', async () => {
		const { view, screen } = await renderWithView(panelAtlas, AddressNotice, {});
		view.dropped = [
			{
				key: 'q',
				value: `a${String.fromCharCode(0x202e)}b<img src=x onerror=alert(1)>${'x'.repeat(100)}`
			},
			...Array.from({ length: 999 }, (_, i) => ({ key: 'themes', value: `t${i}` }))
		];
		const status = screen.getByRole('status');
		await expect
			.element(status)
			.toHaveTextContent(
				'Part of this link could not be used and was left out: search “a b<img src=x onerror=alert(1)>xxxxxxxxx”, themes “t0”, themes “t1”, themes “t2”, themes “t3”, and 995 more.'
			);
		expect(status.element().querySelector('img')).toBeNull();
	});

	it('adds the page’s own values, and dismisses them too', async () => {
		const extra = [{ key: 'show', value: 'everything' }];
		const { view, screen } = await renderWithView(panelAtlas, AddressNotice, { extra });
		view.dropped = [{ key: 'view', value: 'pie' }];
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('left out: view “pie”, what to show “everything”.');
		await screen.getByRole('button', { name: 'Dismiss' }).click();
		await expect.element(screen.getByRole('status')).not.toBeInTheDocument();
	});
});
