import type { LinkKind, PlaceKind, Qualifier, Status } from '$lib/data/types';
import type { Message } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';

/*
 * What a place's panel calls the values of the data's enumerations. Apart from the region names
 * (labels.ts), which the first paint needs, so that they load with the panel.
 */

export const PLACE_KIND_MESSAGES: Record<PlaceKind, Message> = {
	city: m.kind_city,
	department: m.kind_department,
	governorate: m.kind_governorate,
	island: m.kind_island,
	municipality: m.kind_municipality,
	province: m.kind_province,
	region: m.kind_region
};

export const STATUS_MESSAGES: Record<Status, Message> = {
	'in-place': m.status_in_place,
	'under-way': m.status_under_way,
	planned: m.status_planned,
	event: m.status_event
};

export const LINK_KIND_MESSAGES: Record<LinkKind, Message> = {
	cooperation: m.link_kind_cooperation
};

/** How a figure's qualifier is said; an exact figure is shown as it is. */
export const QUALIFIER_MESSAGES: Record<Exclude<Qualifier, 'exact'>, Message> = {
	'more-than': m.fact_more_than,
	'less-than': m.fact_less_than,
	about: m.fact_about
};
