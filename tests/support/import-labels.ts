/**
 * The report import's form as a reader of each locale sees it, written here by hand (not read from
 * the i18n files), for the browser tests of the import and of its causes.
 */
export const IMPORT_LABELS = {
	'zh-CN': {
		name: 'zh-CN',
		path: '/calculator/',
		mode: '导入“所有订单”报告',
		picker: '选择“所有订单”报告（.txt、.tsv 或 .csv）',
		exclude: '买家请求取消的订单号（每行一个，或用逗号分隔）',
	},
	en: {
		name: 'en',
		path: '/en/calculator/',
		mode: 'Import the All Orders report',
		picker: 'Choose the All Orders report (.txt, .tsv or .csv)',
		exclude: 'Order IDs of buyer-requested cancellations (one per line, or separated by commas)',
	},
} as const;
