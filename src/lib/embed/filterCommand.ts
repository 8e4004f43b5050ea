import { REGIONS } from '$lib/data/types';
import type { ViewQuery, Vocabulary } from '$lib/state/urlQuery';
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
	const known = <T extends string>(named: readonly string[], order: readonly T[]) =>
		order.filter((id) => named.includes(id));
	return {
		...query,
		themes: command.themes ? known(command.themes, vocabulary.themes) : query.themes,
		regions: command.regions ? known(command.regions, REGIONS) : query.regions,
		groups: command.groups ? known(command.groups, vocabulary.groups) : query.groups,
		match: command.match ?? query.match,
		q: command.q ?? query.q
	};
}
