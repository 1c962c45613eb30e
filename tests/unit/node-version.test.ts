import { describe, expect, it } from 'vitest';
import { PINNED_NODE, wrongNode } from '../../config/node-version.mjs';

describe('the Node the project runs on', () => {
	it('is the one package.json pins, not the machine’s', () => {
		// npm test runs on node_modules/.bin/node; on the machine's Node 20 this fails, as it should.
		expect(process.versions.node).toBe(PINNED_NODE);
		expect(Number(PINNED_NODE.split('.')[0])).toBeGreaterThanOrEqual(24);
	});

	it('is what the scripts’ guard accepts, and another version is refused with what to do', () => {
		expect(wrongNode(PINNED_NODE)).toBeUndefined();
		const refusal = wrongNode('20.20.2');
		expect(refusal).toContain('Node 20.20.2');
		expect(refusal).toContain('npm ci');
		expect(refusal).toContain('--ignore-scripts');
	});
});
