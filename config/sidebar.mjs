/**
 * The navigation, in both languages. Page links take their labels from each locale's page
 * title; group labels are translated here.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
	{
		label: '指南与问答',
		translations: { en: 'Guideline & FAQ' },
		items: [{ slug: 'guideline' }, { slug: 'faq' }],
	},
	{
		label: '参考',
		translations: { en: 'Reference' },
		items: [{ slug: 'cancellation-rate' }, { slug: 'marketplaces' }, { slug: 'related-metrics' }, { slug: 'glossary' }],
	},
	{
		label: '工具',
		translations: { en: 'Tools' },
		items: [{ slug: 'calculator' }],
	},
	{
		label: '关于',
		translations: { en: 'About' },
		items: [{ slug: 'about' }],
	},
];
