import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import WithView from '$lib/test/WithView.svelte';
import { ViewState } from '$lib/state/viewState.svelte';
import SharedThemes from './SharedThemes.svelte';
import { panelAtlas } from './testing/panelAtlas';

describe('SharedThemes, as prerendered', () => {
	it('says how many places a long list leaves out, and offers no button that could not answer', () => {
		const view = new ViewState(panelAtlas, { lang: 'fr' });
		const { body } = render(WithView, {
			props: {
				view,
				component: SharedThemes,
				props: { place: panelAtlas.placeById.get('leda')!, limit: 1 }
			}
		});
		expect(body).toContain('et 1 autre<');
		expect(body).not.toContain('<button');
		expect(body.match(/data-place="nuno"/g)).toBeNull();
	});
});
