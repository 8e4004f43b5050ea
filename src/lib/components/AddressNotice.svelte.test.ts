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
});
