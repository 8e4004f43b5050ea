import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { buildAtlas } from '$lib/data/buildAtlas';
import { indexAtlas } from '$lib/data/atlas';
import { ViewState } from '$lib/state/viewState.svelte';
import { smallFixture } from '$lib/test/fixtures';
import WithView from '$lib/test/WithView.svelte';
import CopyField from './CopyField.svelte';

const snippet = '<iframe data-hrc-embed src="https://maps.example/embed"></iframe>';

async function renderField(lang: 'en' | 'fr' = 'en') {
	const view = new ViewState(indexAtlas(buildAtlas(smallFixture).data!), { lang });
	// `props` of WithView is a mount option too, so the whole set goes under `props`.
	await render(WithView, {
		props: {
			view,
			component: CopyField,
			props: { id: 'code', label: 'Embed code', text: snippet, rows: 3 }
		}
	});
}

describe('CopyField', () => {
	afterEach(() => vi.restoreAllMocks());

	it('copies its text to the clipboard and says so', async () => {
		const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
		await renderField();
		await expect.element(page.getByLabelText('Embed code')).toHaveValue(snippet);
		await page.getByRole('button', { name: 'Copy' }).click();
		expect(write).toHaveBeenCalledWith(snippet);
		await expect.element(page.getByRole('status')).toHaveTextContent('Copied.');
	});

	it('selects its text for Ctrl+C when the clipboard refuses', async () => {
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
			new DOMException('denied', 'NotAllowedError')
		);
		await renderField('fr');
		await page.getByRole('button', { name: 'Copier' }).click();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('Sélectionné : appuyez sur Ctrl+C');
		const field = page.getByLabelText('Embed code').element() as HTMLTextAreaElement;
		expect(document.activeElement).toBe(field);
		expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe(snippet);
	});
});
