/**
 * fast-check parameters that say which seed a run used, so a failure seen once can be replayed:
 * `FC_SEED=123 npx vitest run …`. fast-check prints the seed of a failing run itself; this also
 * prints it for runs that pass, as the log of what was tried.
 */
import type { Parameters } from 'fast-check';

export function seeded<T>(name: string, params: Parameters<T> = {}): Parameters<T> {
	const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
	console.log(`[fast-check] ${name}: seed ${seed} (replay with FC_SEED=${seed})`);
	return { ...params, seed };
}
