/**
 * Accessibility at desktop width, on every page of the site: see tests/support/axe.ts for what
 * runs (every axe rule in the light theme, the colour rules in the dark theme, and the states).
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP } from '../support/browser';
import { axeSuite, phonePages } from '../support/axe';
import { allPages } from '../support/site';
import { pageType } from '../support/weight';

describe('desktop', () => axeSuite(DESKTOP, allPages()));

it('leaves to the phone file one page of each type per locale', () => {
	const phone = phonePages();
	for (const path of ['/', '/en/', '/guideline/', '/en/guideline/', '/faq/', '/en/faq/', '/calculator/', '/en/calculator/', '/404.html']) {
		expect(phone).toContain(path);
	}
	// One reference page per locale, not all of them.
	expect(phone.filter((p) => pageType(p) === 'reference')).toHaveLength(2);
});
