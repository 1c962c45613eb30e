/**
 * Which supported browser lacks a Web or ECMAScript API a script uses, from MDN's compatibility
 * data (@mdn/browser-compat-data). The supported browsers are the lines of .browserslistrc, each
 * `name >= version`. eslint parses the script and finds its globals (references no declaration
 * in the script resolves); for each, and for a property read straight off one (`Intl.Segmenter`,
 * `document.startViewTransition`, `navigator.clipboard`), the data says from which version each
 * browser has it. A use guarded by a fallback or a test (`window.requestIdleCallback || …`,
 * `typeof X`, `'x' in y`, `if (X)`) is what a script does for an older browser, and passes.
 * Methods of values (`array.toSorted()`) are not checked: which type a value has is not known
 * without running the script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import bcd, { type CompatStatement, type Identifier, type SimpleSupportStatement } from '@mdn/browser-compat-data';
import { Linter, type Rule } from 'eslint';
import { ROOT } from './site';

/** .browserslistrc's names and MDN's for the same browsers; WebKit's in-app views follow iOS Safari. */
const MDN_NAMES: Record<string, string[]> = {
	chrome: ['chrome'],
	edge: ['edge'],
	and_chr: ['chrome_android'],
	android: ['webview_android'],
	samsung: ['samsunginternet_android'],
	safari: ['safari'],
	ios_saf: ['safari_ios', 'webview_ios'],
	firefox: ['firefox'],
};

/** The oldest supported version of each browser, by MDN's browser names. */
export function supportFloors(file = join(ROOT, '.browserslistrc')): Record<string, string> {
	const floors: Record<string, string> = {};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const m = /^\s*([a-z_]+)\s*>=\s*([\d.]+)\s*$/.exec(line);
		if (!m) continue;
		for (const name of MDN_NAMES[m[1]!] ?? []) floors[name] = m[2]!;
	}
	return floors;
}

const compare = (a: string, b: string) => {
	const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
	return 0;
};

/** Whether a browser at `floor` has the feature: a full implementation, no flag, no prefix, not removed since. */
function supported(statement: SimpleSupportStatement | SimpleSupportStatement[] | undefined, floor: string): boolean {
	const entries = statement === undefined ? [] : Array.isArray(statement) ? statement : [statement];
	return entries.some((s) => {
		const added = typeof s.version_added === 'string' ? s.version_added.replace(/^≤/, '') : null;
		// A partial implementation is there, with a caveat MDN notes (navigator.onLine in Android's
		// WebView can say online when it is not): the API exists, and scripts rely on what works.
		if (!added || added === 'preview' || s.flags || s.prefix || s.alternative_name) return false;
		return compare(added, floor) <= 0 && (typeof s.version_removed !== 'string' || compare(s.version_removed, floor) > 0);
	});
}

/** The supported browsers that lack what `compat` describes, as "safari 16.4". */
export function lacking(compat: CompatStatement, floors: Record<string, string>): string[] {
	return Object.entries(floors)
		.filter(([browser, floor]) => !supported(compat.support[browser as keyof typeof compat.support] as SimpleSupportStatement | SimpleSupportStatement[] | undefined, floor))
		.map(([browser, floor]) => `${browser} ${floor}`);
}

/** Globals that stand for an instance of an interface: their properties are that interface's. */
const INSTANCES: Record<string, string> = {
	document: 'Document',
	navigator: 'Navigator',
	location: 'Location',
	history: 'History',
	localStorage: 'Storage',
	sessionStorage: 'Storage',
	screen: 'Screen',
	performance: 'Performance',
	crypto: 'Crypto',
	console: 'console',
};
const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);

/** MDN's entry for a global name, or for a property of it. */
function entry(name: string, property?: string): Identifier | undefined {
	const of = (node: Identifier | undefined) => (property === undefined ? node : (node?.[property] as Identifier | undefined));
	if (INSTANCES[name]) return of(bcd.api[INSTANCES[name]!]);
	const found = of(bcd.javascript.builtins[name]) ?? of(bcd.api[name]);
	if (found) return found;
	// Functions and properties of the global object: requestIdleCallback, matchMedia, structuredClone.
	return property === undefined ? (bcd.api.Window?.[name] as Identifier | undefined) : undefined;
}

type Node = Rule.Node;

/**
 * Whether the expression is tested or has a fallback rather than being relied on: tested itself,
 * or used only where a test that names it passed (`if ('connection' in navigator) navigator.connection…`).
 */
function guarded(node: Node, name: string, text: (node: Node) => string): boolean {
	for (let at: Node | null = node, up = node.parent; up; at = up, up = up.parent) {
		const test =
			(up.type === 'IfStatement' || up.type === 'ConditionalExpression') && up.test !== at
				? up.test
				: up.type === 'LogicalExpression' && up.operator === '&&' && up.right === at
					? up.left
					: undefined;
		if (test && text(test as Node).includes(name)) return true;
	}
	return tested(node);
}

function tested(node: Node): boolean {
	let at: Node = node;
	while (at.parent?.type === 'ChainExpression') at = at.parent;
	const parent = at.parent;
	if (!parent) return false;
	// `X.y || fallback` guards X as well as X.y.
	if (parent.type === 'MemberExpression' && parent.object === at) return tested(parent);
	if (parent.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
	if (parent.type === 'LogicalExpression' && parent.left === at) return true;
	if (parent.type === 'BinaryExpression' && parent.operator === 'in') return true;
	if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test === at) return true;
	return false;
}

export interface Unsupported {
	line: number;
	column: number;
	api: string;
	lacking: string[];
}

/**
 * The APIs `code` uses unguarded that a supported browser lacks, and, when it does not parse as
 * ECMAScript `ecmaVersion`, the parse error (newer syntax).
 */
export function unsupportedApis(code: string, options: { module: boolean; floors: Record<string, string>; ecmaVersion?: 2023 }): { parseError?: string; found: Unsupported[] } {
	const found: Unsupported[] = [];
	let text: (node: Node) => string = () => '';
	const report = (node: Node, api: string, compat: CompatStatement | undefined) => {
		if (!compat || guarded(node, api.split('.').at(-1)!, text)) return;
		const missing = lacking(compat, options.floors);
		if (missing.length) found.push({ line: node.loc!.start.line, column: node.loc!.start.column, api, lacking: missing });
	};
	const rule: Rule.RuleModule = {
		create(context) {
			return {
				'Program:exit'() {
					text = (node) => context.sourceCode.getText(node);
					// Undeclared names, and the built-ins the parser declares for the ECMAScript edition.
					const scope = context.sourceCode.scopeManager.globalScope!;
					const references = [...scope.through, ...scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references)];
					for (const reference of references) {
						const id = reference.identifier as Node;
						const name = (id as { name: string }).name;
						const parent = id.parent;
						const property =
							parent?.type === 'MemberExpression' && parent.object === id && !parent.computed && parent.property.type === 'Identifier' ? parent.property.name : undefined;
						if (GLOBAL_OBJECTS.has(name)) {
							if (property) report(parent!, property, entry(property)?.__compat);
							continue;
						}
						report(id, name, entry(name)?.__compat);
						if (property) report(parent!, `${name}.${property}`, entry(name, property)?.__compat);
					}
				},
			};
		},
	};
	const linter = new Linter({ configType: 'flat' });
	const messages = linter.verify(
		code,
		[
			{
				files: ['**/*.js'],
				plugins: { compat: { rules: { apis: rule } } },
				languageOptions: { ecmaVersion: options.ecmaVersion ?? 2023, sourceType: options.module ? 'module' : 'script' },
				rules: { 'compat/apis': 'error' },
			},
		],
		{ filename: join(ROOT, 'checked.js') },
	);
	const fatal = messages.find((m) => m.fatal);
	return { parseError: fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined, found };
}
