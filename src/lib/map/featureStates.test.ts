import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { trackMany, trackOne } from './featureStates';

/** A map that records the feature states it is given, with the sources it is told it has. */
function recordingMap(sources: string[]) {
	const calls: string[] = [];
	const map = {
		getSource: (id: string) => (sources.includes(id) ? {} : undefined),
		setFeatureState: ({ source, id }: { source: string; id: string }, state: object) =>
			calls.push(`${source} ${id} ${JSON.stringify(state)}`)
	} as unknown as MapLibreMap;
	return { map, calls };
}

describe('trackMany', () => {
	it('touches only the features whose answer changed, in every source it has', () => {
		const { map, calls } = recordingMap(['places', 'leaders']);
		const dimmed = trackMany(map, ['places', 'leaders', 'missing'], 'dimmed');
		dimmed(new Set(['a', 'b']));
		expect(calls.splice(0)).toEqual([
			'places a {"dimmed":true}',
			'places b {"dimmed":true}',
			'leaders a {"dimmed":true}',
			'leaders b {"dimmed":true}'
		]);
		dimmed(new Set(['b', 'c']));
		expect(calls.splice(0)).toEqual([
			'places a {"dimmed":false}',
			'places c {"dimmed":true}',
			'leaders a {"dimmed":false}',
			'leaders c {"dimmed":true}'
		]);
		dimmed(new Set(['b', 'c']));
		expect(calls).toEqual([]);
	});

	it('sets them all again when forced, after a new style dropped them', () => {
		const { map, calls } = recordingMap(['places']);
		const hovered = trackMany(map, ['places'], 'hovered');
		hovered(new Set(['a']));
		calls.length = 0;
		hovered(new Set(['a']), true);
		expect(calls).toEqual(['places a {"hovered":false}', 'places a {"hovered":true}']);
	});
});

describe('trackOne', () => {
	it('moves one key from feature to feature', () => {
		const { map, calls } = recordingMap(['places']);
		const selected = trackOne(map, ['places'], 'selected');
		selected('a');
		selected('a');
		selected(null);
		expect(calls).toEqual(['places a {"selected":true}', 'places a {"selected":false}']);
	});
});
