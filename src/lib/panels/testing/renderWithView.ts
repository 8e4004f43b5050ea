import type { Component } from 'svelte';
import { render } from 'vitest-browser-svelte';
import type { Atlas } from '$lib/data/atlas';
import WithView from '$lib/test/WithView.svelte';
import { ViewState } from '$lib/state/viewState.svelte';

/** Renders a component below a fresh view state of `atlas`; returns both. */
export async function renderWithView<Props extends Record<string, unknown>>(
	atlas: Atlas,
	component: Component<Props>,
	props: Props,
	init: ConstructorParameters<typeof ViewState>[1] = {}
) {
	const view = new ViewState(atlas, init);
	// The harness has a prop named `props`, so every prop goes under `props`.
	const screen = await render(WithView, {
		props: { view, component: component as Component, props }
	});
	return { view, screen };
}
