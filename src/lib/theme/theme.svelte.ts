import { getContext, setContext } from 'svelte';
import { paletteFor, type Palette } from './palette';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const STORAGE_KEY = 'hrc-theme';
const KEY = Symbol('theme');

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
	(THEME_CHOICES as readonly unknown[]).includes(value);

/**
 * Light or dark: the system's preference unless the reader chose one, which is kept in
 * localStorage (never a cookie). The stylesheet reads `<html data-theme>`; code that draws with
 * colours (the WebGL map, chart scales) reads `dark` and `palette`.
 *
 * Prerendered pages follow the system preference in CSS alone; a stored choice applies once the
 * page has hydrated.
 */
export class ThemeState {
	choice = $state<ThemeChoice>('system');
	#systemDark = $state(false);

	get dark(): boolean {
		return this.choice === 'dark' || (this.choice === 'system' && this.#systemDark);
	}

	get palette(): Palette {
		return paletteFor(this.dark);
	}

	/** Reads the stored choice and follows the system; returns the clean-up. */
	start(): () => void {
		try {
			const stored = localStorage.getItem(STORAGE_KEY);
			if (isThemeChoice(stored)) this.choice = stored;
		} catch {
			// Storage blocked (private mode, sandboxed embed): the system preference stays.
		}
		const query = matchMedia('(prefers-color-scheme: dark)');
		const follow = () => (this.#systemDark = query.matches);
		follow();
		query.addEventListener('change', follow);
		return () => query.removeEventListener('change', follow);
	}

	choose(choice: ThemeChoice) {
		this.choice = choice;
		try {
			if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
			else localStorage.setItem(STORAGE_KEY, choice);
		} catch {
			// Not remembered, still applied.
		}
	}
}

export function setThemeState(theme: ThemeState): ThemeState {
	return setContext(KEY, theme);
}

/** The page's theme; outside a page that set one (a component test), the light theme. */
export function getThemeState(): ThemeState {
	return getContext<ThemeState | undefined>(KEY) ?? new ThemeState();
}
