#!/bin/sh
# What `npm test` runs. The two builds (at / and under /kb/) run at once: each keeps about one
# and a half cores busy, so side by side they finish in two thirds of the time one after the
# other. Each has its own Astro cache (astro.config.mjs), but both write the content modules and
# types to .astro/ through the same temporary files; `astro sync` writes them first, so the builds
# find them as they would write them and leave them alone. The build under /kb/ prints its log
# after the other's, so the two do not interleave. Then the tests run beside `astro check`, which
# need not sync again.
astro sync || exit 1
kb_log=$(mktemp)
npm run -s build:kb >"$kb_log" 2>&1 &
kb=$!
npm run -s build
root=$?
wait $kb
kb_status=$?
cat "$kb_log"
rm -f "$kb_log"
if [ $root -ne 0 ] || [ $kb_status -ne 0 ]; then
	echo "npm test: the build failed (at /: exit $root; under /kb/: exit $kb_status)" >&2
	exit 1
fi
astro check --noSync &
check=$!
vitest run
tests=$?
wait $check && exit $tests
