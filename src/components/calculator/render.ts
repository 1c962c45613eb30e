/**
 * What the calculator draws from a list of rolling windows: the rate lines (latest, worst, days
 * over) and the chart with its table. Shared by the day-by-day mode, where days are numbered, and
 * the report import, where they are dates, so both show windows the same way. Loaded with the
 * calculator; every text goes in with textContent, never innerHTML.
 */
import type { WindowResult, WindowSummary } from '../../lib/cancellation-rate';
import type { RateTarget } from '../../lib/facts';
import { targetPercent, type Vars } from './strings';

const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element with a class and children (text goes in as text nodes, never as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]) {
	const made = document.createElement(tag);
	if (className) made.className = className;
	made.append(...children);
	return made;
}

function svg(tag: string, attrs: Vars, text?: string) {
	const made = document.createElementNS(SVG, tag);
	for (const name in attrs) made.setAttribute(name, String(attrs[name]));
	if (text) made.textContent = text;
	return made;
}

/** How one view names things: strings of the page, and its days and windows. */
export interface WindowText {
	/** A calculator string, filled with vars. */
	text: (key: string, vars?: Vars) => string;
	numbers: Intl.NumberFormat;
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
	return element('p', 'calc-rate', element('span', '', label), ' ', element('strong', '', percent + '%'));
}

/**
 * The status against the target. A `caveat` (the rate may be wrong, and why) goes in the same
 * line, and a ✓ is not shown beside a rate that may be wrong.
 */
export function statusLine(text: string, status: 'under' | 'over', caveat = '') {
	const icon = status === 'under' && !caveat ? '✓' : '!';
	const line = element('p', 'calc-status', element('span', 'calc-icon', icon), ' ', text, ...(caveat ? [' ', element('strong', 'calc-caveat', caveat)] : []));
	line.firstElementChild!.setAttribute('aria-hidden', 'true');
	line.dataset.status = status;
	if (caveat) line.dataset.doubtful = 'true';
	return line;
}

/**
 * The latest window's rate and status, the worst window and how many days are over; `caveat` is
 * said in the status line.
 */
export function windowLines({ worst, daysOver, latest }: WindowSummary, view: WindowText, caveat = ''): HTMLElement[] {
	const nodes: HTMLElement[] = [];
	if (latest && latest.percent !== null) {
		nodes.push(
			rateLine(view.text('daily.latest', { range: view.range(latest) }), latest.percent),
			statusLine(view.text(latest.status as 'under', { rate: view.rate }), latest.status as 'under', caveat),
		);
	}
	if (worst) nodes.push(element('p', 'calc-worst', view.text('daily.worst', { percent: worst.percent!, range: view.range(worst) })));
	nodes.push(element('p', 'calc-over', view.text('daily.daysOver', { n: view.numbers.format(daysOver.length) })));
	return nodes;
}

/**
 * The rolling rate as a line over the days, with the target, and the same data as a table; the
 * chart `fits` a width (by default its container's, which must be in the page).
 */
export function chart(out: HTMLElement, windows: WindowResult[], target: RateTarget, view: WindowText, fits = out.clientWidth) {
	const width = Math.max(280, fits || 600);
	const [height, left, right, top, bottom] = [200, 48, 16, 14, 30];
	const targetLine = targetPercent(target);
	const values = windows.map((w) => (w.orders ? (w.sellerCancelled * 100) / w.orders : null));
	const max = Math.ceil(Math.max(targetLine * 2, ...values.map((v) => v ?? 0)));
	const x = (i: number) => left + (windows.length < 2 ? 0.5 : i / (windows.length - 1)) * (width - left - right);
	const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
	const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': view.id, class: 'calc-svg' });
	const pct = (v: number) => view.numbers.format(v) + '%';
	root.append(
		svg('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'calc-axis' }),
		svg('text', { x: left - 6, y: y(0) + 4, 'text-anchor': 'end' }, pct(0)),
		svg('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, pct(max)),
		svg('line', { x1: left, x2: width - right, y1: y(targetLine), y2: y(targetLine), class: 'calc-target' }),
		svg('text', { x: left + 4, y: y(targetLine) - 5, class: 'calc-target-label' }, view.text('daily.targetLine', { rate: view.rate })),
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
			root.append(svg('text', { x: x(i), y: height - 10, 'text-anchor': anchor }, view.tick(i)));
		}
	});

	const head = [view.dayHead, view.text('daily.window'), view.text('orders'), view.text('daily.sellerCancelled'), view.text('rate'), view.text('daily.status')];
	const table = element('table', 'calc-table calc-stack', element('caption', '', view.text('daily.caption')), element('thead', '', element('tr', '', ...head.map((c) => element('th', '', c)))));
	table.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
	const body = element('tbody');
	for (const w of windows) {
		const status = element('td', '', w.status === 'no-orders' ? view.text('daily.noOrders') : view.text(w.status === 'under' ? 'daily.statusUnder' : 'daily.statusOver'));
		status.dataset.status = w.status;
		const day = element('th', '', ...keepDates(view.day(w.dayIndex)));
		day.setAttribute('scope', 'row');
		body.append(
			element(
				'tr',
				'',
				day,
				element('td', '', ...keepDates(view.range(w) + (w.partial ? ' ' + view.text('daily.partial') : ''))),
				element('td', 'calc-num', view.numbers.format(w.orders)),
				element('td', 'calc-num', view.numbers.format(w.sellerCancelled)),
				element('td', 'calc-num', w.percent === null ? '—' : w.percent + '%'),
				status,
			),
		);
	}
	table.append(body);
	stackable(table);
	const desc = element('p', 'calc-chart-desc', view.text('daily.chart', { rate: view.rate }));
	desc.id = view.id;
	// Should a table still be wider than its column, it scrolls there: keyboard users reach it by Tab.
	const caption = table.querySelector('caption')!;
	caption.id = `${view.id}-table-caption`;
	const scroll = element('div', 'calc-scroll', table);
	scroll.tabIndex = 0;
	scroll.setAttribute('role', 'region');
	scroll.setAttribute('aria-labelledby', caption.id);
	out.append(desc, root, scroll);
}

/**
 * Dates as units a line never breaks inside ("2024-05-01" would break after a hyphen): the text is
 * the same, its dates wrapped in spans that tables.css keeps whole.
 */
export function keepDates(text: string): (Node | string)[] {
	return text.split(/(\d{4}-\d{2}-\d{2})/).map((part, i) => (i % 2 ? element('span', 'calc-date', part) : part)).filter((part) => part !== '');
}

/**
 * Readies a table with a header row to be laid out as one labelled block per row where its column
 * is narrow (tables.css, class `calc-stack`): each body cell gets its column's name in
 * `data-label` (as text, from the header's textContent), which the stylesheet shows before it.
 * CSS display other than table's makes some engines (WebKit) drop the table from the
 * accessibility tree, so every part also says its role: to a screen reader it stays a table,
 * each cell read with its column header.
 */
export function stackable(table: HTMLTableElement) {
	const names = [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent ?? '');
	table.setAttribute('role', 'table');
	for (const group of [table.tHead!, ...table.tBodies]) group.setAttribute('role', 'rowgroup');
	for (const row of table.rows) {
		row.setAttribute('role', 'row');
		const head = row.parentElement === table.tHead;
		[...row.cells].forEach((cell, i) => {
			cell.setAttribute('role', cell.localName === 'td' ? 'cell' : head ? 'columnheader' : 'rowheader');
			if (!head) cell.dataset.label = names[i] ?? '';
		});
	}
}
