import type { Component } from 'svelte';
import { render } from 'vitest-browser-svelte';
import type { Atlas } from '$lib/data/atlas';
import WithView from '$lib/state/testing/WithView.svelte';
import { ViewState } from '$lib/state/viewState.svelte';

/** Renders a component below a fresh view state of `atlas`; returns both. */
export async function renderWithView<Props extends Record<string, unknown>>(
	atlas: Atlas,
	component: Component<Props>,
	props: Props,
	init: ConstructorParameters<typeof ViewState>[1] = {}
) {
	const view = new ViewState(atlas, init);
	const screen = await render(WithView<Props>, { props: { view, component, props } });
	return { view, screen };
}
