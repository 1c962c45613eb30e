/**
 * What the calculator draws from a list of rolling windows: the rate lines (latest, worst, days
 * over) and the chart with its table. Shared by the day-by-day mode, where days are numbered, and
 * the report import, where they are dates, so both show windows the same way. Loaded with the
 * calculator; every text goes in with textContent, never innerHTML.
 */
import { summarizeWindows, type WindowResult } from '../lib/cancellation-rate';
import type { RateTarget } from '../lib/facts';

export type Vars = Record<string, string | number>;
const SVG = 'http://www.w3.org/2000/svg';

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', ...kids: (Node | string)[]) {
	const e = document.createElement(tag);
	if (cls) e.className = cls;
	e.append(...kids);
	return e;
}

function svg(tag: string, attrs: Vars, text?: string) {
	const e = document.createElementNS(SVG, tag);
	for (const k in attrs) e.setAttribute(k, String(attrs[k]));
	if (text) e.textContent = text;
	return e;
}

/** How one view names things: strings of the page, and its days and windows. */
export interface WindowText {
	/** A calculator string, filled with vars. */
	t: (key: string, vars?: Vars) => string;
	nf: Intl.NumberFormat;
	/** The target as people write it (2.5). */
	rate: string;
	/** A day in the table's row headers. */
	day: (i: number) => string;
	/** A day under the chart's axis, where space is short. */
	tick: (i: number) => string;
	/** The days a window covers. */
	range: (w: WindowResult) => string;
	/** Header of the table's first column. */
	dayHead: string;
	/** Id for the chart's description. */
	id: string;
}

export function rateLine(label: string, percent: string) {
	return h('p', 'calc-rate', h('span', '', label), ' ', h('strong', '', percent + '%'));
}

export function statusLine(text: string, status: 'under' | 'over') {
	const line = h('p', 'calc-status', h('span', 'calc-icon', status === 'under' ? '✓' : '!'), ' ', text);
	line.firstElementChild!.setAttribute('aria-hidden', 'true');
	line.dataset.status = status;
	return line;
}

/** The latest window's rate and status, the worst window and how many days are over. */
export function windowLines(windows: WindowResult[], o: WindowText): { nodes: HTMLElement[]; daysOver: number[] } {
	const { worst, daysOver, latest } = summarizeWindows(windows);
	const nodes: HTMLElement[] = [];
	if (latest && latest.percent !== null) {
		nodes.push(
			rateLine(o.t('daily.latest', { range: o.range(latest) }), latest.percent),
			statusLine(o.t(latest.status as 'under', { rate: o.rate }), latest.status as 'under'),
		);
	}
	if (worst) nodes.push(h('p', 'calc-worst', o.t('daily.worst', { percent: worst.percent!, range: o.range(worst) })));
	nodes.push(h('p', 'calc-over', o.t('daily.daysOver', { n: o.nf.format(daysOver.length) })));
	return { nodes, daysOver };
}

/** The rolling rate as a line over the days, with the target, and the same data as a table. */
export function chart(out: HTMLElement, windows: WindowResult[], target: RateTarget, o: WindowText) {
	const width = Math.max(280, out.clientWidth || 600);
	const [height, left, right, top, bottom] = [200, 48, 16, 14, 30];
	const targetPct = (target.numerator * 100) / target.denominator;
	const values = windows.map((w) => (w.orders ? (w.sellerCancelled * 100) / w.orders : null));
	const max = Math.ceil(Math.max(targetPct * 2, ...values.map((v) => v ?? 0)));
	const x = (i: number) => left + (windows.length < 2 ? 0.5 : i / (windows.length - 1)) * (width - left - right);
	const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
	const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': o.id, class: 'calc-svg' });
	const pct = (v: number) => o.nf.format(v) + '%';
	root.append(
		svg('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'calc-axis' }),
		svg('text', { x: left - 6, y: y(0) + 4, 'text-anchor': 'end' }, pct(0)),
		svg('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, pct(max)),
		svg('line', { x1: left, x2: width - right, y1: y(targetPct), y2: y(targetPct), class: 'calc-target' }),
		svg('text', { x: left + 4, y: y(targetPct) - 5, class: 'calc-target-label' }, o.t('daily.targetLine', { rate: o.rate })),
	);
	let d = '';
	let pen = 'M';
	values.forEach((v, i) => {
		if (v === null) return void (pen = 'M');
		d += `${pen}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
		pen = 'L';
	});
	root.append(svg('path', { d, class: 'calc-line' }));
	// A tick every week, or every few weeks when a long report leaves no room; none too near the last.
	const last = values.length - 1;
	const step = 7 * Math.max(1, Math.ceil((7 * 64 * last) / (width - left - right) / 49));
	values.forEach((v, i) => {
		if (v !== null) root.append(svg('circle', { cx: x(i), cy: y(v), r: 3.5, class: `calc-dot calc-dot--${windows[i]!.status}` }));
		if (i === 0 || i === last || ((i + 1) % step === 0 && last - i > step / 2)) {
			const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
			root.append(svg('text', { x: x(i), y: height - 10, 'text-anchor': anchor }, o.tick(i)));
		}
	});

	const head = [o.dayHead, o.t('daily.window'), o.t('orders'), o.t('daily.sellerCancelled'), o.t('rate'), o.t('daily.status')];
	const table = h('table', 'calc-table', h('caption', '', o.t('daily.caption')), h('thead', '', h('tr', '', ...head.map((c) => h('th', '', c)))));
	table.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
	const body = h('tbody');
	for (const w of windows) {
		const status = h('td', '', w.status === 'no-orders' ? o.t('daily.noOrders') : o.t(w.status === 'under' ? 'daily.statusUnder' : 'daily.statusOver'));
		status.dataset.status = w.status;
		const day = h('th', '', o.day(w.dayIndex));
		day.setAttribute('scope', 'row');
		body.append(
			h(
				'tr',
				'',
				day,
				h('td', '', o.range(w) + (w.partial ? ' ' + o.t('daily.partial') : '')),
				h('td', '', o.nf.format(w.orders)),
				h('td', '', o.nf.format(w.sellerCancelled)),
				h('td', '', w.percent === null ? '—' : w.percent + '%'),
				status,
			),
		);
	}
	table.append(body);
	const desc = h('p', 'calc-chart-desc', o.t('daily.chart', { rate: o.rate }));
	desc.id = o.id;
	// On a narrow screen the table scrolls sideways: keyboard users reach it by Tab to scroll it.
	const caption = table.querySelector('caption')!;
	caption.id = `${o.id}-table-caption`;
	const scroll = h('div', 'calc-scroll', table);
	scroll.tabIndex = 0;
	scroll.setAttribute('role', 'region');
	scroll.setAttribute('aria-labelledby', caption.id);
	out.append(desc, root, scroll);
}
