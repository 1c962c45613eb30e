import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Which project's files start first: the browser tests take most of the run. */
const ORDER = ['e2e', 'build', 'unit'];

/**
 * Starts the browser test files first and ends with the many short unit and build files. vitest's
 * own order runs projects by name (build, e2e, unit), so the run could end on a long browser file
 * with the other core idle; short files at the end fill both cores to the last. Within a project
 * the files keep vitest's order (longest first when it has timed them, larger first otherwise).
 */
export class BrowserTestsFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => ORDER.indexOf(spec.project.name);
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
