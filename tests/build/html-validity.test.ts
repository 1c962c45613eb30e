/**
 * Every built page is valid HTML by html-validate's recommended rules, minus the few relaxed in
 * .htmlvalidate.mjs (each with its reason), in both builds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_KB, ROOT, requireBuild } from '../support/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('stylish');

function htmlFiles(dir: string): string[] {
	return (readdirSync(requireBuild(dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

describe.each([
	['dist', DIST],
	['dist-kb', DIST_KB],
])('%s', (_name, dir) => {
	it.each(htmlFiles(dir))('%s is valid HTML', async (file) => {
		const report = await validator.validateFile(join(dir, file));
		expect(report.valid, format(report.results)).toBe(true);
	});
});

it('uses the project configuration, which still rejects invalid markup', async () => {
	// Validated as if it were a page of the build, so the same configuration file applies.
	const report = await validator.validateString(
		'<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></div></p></body></html>',
		join(ROOT, 'dist', 'probe.html'),
	);
	const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
	expect(rules).toContain('no-dup-id');
	expect(report.valid).toBe(false);
	// Starlight's skip-link target passes only because the project relaxes valid-id.
	const relaxed = await validator.validateString(
		'<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main id="_top"></main></body></html>',
		join(ROOT, 'dist', 'probe.html'),
	);
	expect(relaxed.valid, format(relaxed.results)).toBe(true);
});
