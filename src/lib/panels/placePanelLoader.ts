import type { Component } from 'svelte';
import type { Place } from '$lib/data/types';
import { deferred } from '$lib/deferred';

export type PlacePanelComponent = Component<{ place: Place; onclose?: () => void }>;
export type PlacePanelLoader = () => PlacePanelComponent | Promise<PlacePanelComponent>;

/**
 * The place panel for pages that open no place before they run (the explorer's home, the embed):
 * its code (and d3-scale's, for its chart) arrives with the first selection, not with the first
 * paint. A place's own page passes the panel itself, which it prerenders.
 */
export const loadPlacePanel: PlacePanelLoader = deferred(null, () => import('./PlacePanel.svelte'));
