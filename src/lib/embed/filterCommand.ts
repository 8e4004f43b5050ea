import { REGIONS } from '$lib/data/types';
import { inOrder, type ViewQuery, type Vocabulary } from '$lib/state/urlQuery';
import type { FilterMessage } from './messages';

/**
 * The view a host page's `hrc:filter` command asks for. Each filter the command names replaces the
 * view's (`[]` or `''` clears it); the filters it leaves out stay as they are. Ids the data does
 * not know are left out, and lists come in the data's order, as when read from an address.
 */
export function applyFilterCommand(
	query: ViewQuery,
	command: FilterMessage,
	vocabulary: Vocabulary
): ViewQuery {
	return {
		...query,
		themes: command.themes ? inOrder(vocabulary.themes, command.themes) : query.themes,
		regions: command.regions ? inOrder(REGIONS, command.regions) : query.regions,
		groups: command.groups ? inOrder(vocabulary.groups, command.groups) : query.groups,
		match: command.match ?? query.match,
		q: command.q ?? query.q
	};
}
