import sources from '../../../../data/sources.csv?raw';
import themes from '../../../../data/themes.csv?raw';
import groups from '../../../../data/groups.csv?raw';
import places from '../../../../data/places.csv?raw';
import practices from '../../../../data/practices.csv?raw';
import links from '../../../../data/links.csv?raw';
import facts from '../../../../data/facts.csv?raw';
import statements from '../../../../data/statements.csv?raw';
import events from '../../../../data/events.csv?raw';
import { indexAtlas, type Atlas } from '$lib/data/atlas';
import { buildAtlas } from '$lib/data/buildAtlas';
import { ViewState } from '$lib/state/viewState.svelte';

/** The real dataset, read in the browser for component tests. */
export function realAtlas(): Atlas {
	const { data, problems } = buildAtlas({
		sources,
		themes,
		groups,
		places,
		practices,
		links,
		facts,
		statements,
		events
	});
	if (!data) throw new Error(problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
	return indexAtlas(data);
}

/** A view state whose filters a test sets directly, as the filters will. */
export class FilteredView extends ViewState {
	matching = $state<ReadonlySet<string> | null>(null);
	override get matchingPlaceIds(): ReadonlySet<string> {
		return this.matching ?? super.matchingPlaceIds;
	}
	override isMatching = (id: string): boolean => this.matchingPlaceIds.has(id);
}
