import { geoEqualEarth, geoMercator, type GeoProjection } from 'd3-geo';
import type { SvgFrame } from './svgProjection';

const FACTORIES = { mercator: geoMercator, 'equal-earth': geoEqualEarth };

/** The frame's projection as d3-geo's own, for its path generator. */
export function geoProjectionOf(frame: SvgFrame): GeoProjection {
	return FACTORIES[frame.kind]().scale(frame.scale).translate(frame.translate);
}
