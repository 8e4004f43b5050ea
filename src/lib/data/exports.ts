import { csvFormatRows } from 'd3-dsv';
import type { Atlas } from './atlas';
import type { AtlasData } from './types';

export const DATA_LICENSE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';
export const DATA_CREDIT =
	'Source: UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights (UCLG-CSIPDHR); compiled by the Human Rights Cities Map';

/** `/data/atlas.json`: the published records, exactly, with licence and credit. */
export function toAtlasJson(data: AtlasData): string {
	const { sources, themes, groups, places, practices, links, facts, statements, events } = data;
	return JSON.stringify(
		{
			license: DATA_LICENSE,
			credit: DATA_CREDIT,
			sources,
			themes,
			groups,
			places,
			practices,
			links,
			facts,
			statements,
			events
		},
		null,
		'\t'
	);
}

/** `/data/places.geojson`: one Point per place with its properties and practice count. */
export function toPlacesGeoJson(atlas: Atlas): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: atlas.places.map((place) => ({
			type: 'Feature',
			id: place.id,
			geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
			properties: {
				id: place.id,
				name: place.name.en,
				name_fr: place.name.fr ?? null,
				name_es: place.name.es ?? null,
				country: place.country,
				kind: place.kind,
				region: place.region,
				subregion: place.subregion,
				practices: atlas.practicesByPlace.get(place.id)?.length ?? 0,
				themes: (atlas.themesByPlace.get(place.id) ?? []).join(';'),
				license: DATA_LICENSE,
				credit: DATA_CREDIT
			}
		}))
	};
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * prefix it with an apostrophe so it stays text. A cell that already starts with apostrophes before
 * such a character gets one more, so that restoreFormula can tell the two apart.
 */
export function neutraliseFormula(cell: string): string {
	return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula, for reading an export back. */
export function restoreFormula(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export const PRACTICES_CSV_COLUMNS = [
	'id',
	'place',
	'place_name',
	'country',
	'region',
	'title_en',
	'title_fr',
	'title_es',
	'summary_en',
	'summary_fr',
	'summary_es',
	'themes',
	'groups',
	'status',
	'shared',
	'source',
	'source_title',
	'source_url',
	'paragraph'
] as const;

/** `/data/practices.csv`: one row per practice with place name and country. */
export function toPracticesCsv(atlas: Atlas): string {
	const rows = atlas.practices.map((p) => {
		const place = atlas.placeById.get(p.place)!;
		const source = atlas.sourceById.get(p.source)!;
		return [
			p.id,
			p.place,
			place.name.en,
			place.country,
			place.region,
			p.title.en,
			p.title.fr ?? '',
			p.title.es ?? '',
			p.summary.en,
			p.summary.fr ?? '',
			p.summary.es ?? '',
			p.themes.join('; '),
			p.groups.join('; '),
			p.status,
			p.shared ? 'yes' : 'no',
			p.source,
			source.title,
			source.url,
			String(p.paragraph)
		].map(neutraliseFormula);
	});
	// The byte-order mark makes spreadsheets read the file as UTF-8.
	return '\ufeff' + csvFormatRows([[...PRACTICES_CSV_COLUMNS], ...rows]) + '\n';
}
