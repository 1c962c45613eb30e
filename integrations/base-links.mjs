/**
 * Authors write internal links from the site root (`/en/faq/`); this prefixes the deploy base
 * (`BASE_PATH`) so the same content works at a domain root and under a subpath. It runs before
 * starlight-links-validator, which then checks the links the reader will actually follow.
 * @param {{ base: string }} options
 */
export function remarkBaseLinks({ base }) {
	const prefix = base.replace(/\/$/, '');
	/** @param {unknown} url */
	const rewrite = (url) =>
		prefix && typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix + '/')
			? prefix + url
			: url;
	/** @param {any} node */
	const walk = (node) => {
		if (node.type === 'link' || node.type === 'definition') node.url = rewrite(node.url);
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
			for (const attr of node.attributes) {
				if (attr.type === 'mdxJsxAttribute' && attr.name === 'href') attr.value = rewrite(attr.value);
			}
		}
		node.children?.forEach(walk);
	};
	return (/** @type {any} */ tree) => {
		walk(tree);
	};
}
