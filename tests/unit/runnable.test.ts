import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, canRunInPage } from '../../src/lib/runner/runnable';

const example = (file: string) => readFileSync(`examples/${file}`, 'utf8');
const none = { missing: [], notWorking: {}, missingNames: [], localImports: [], runsSomething: true };

describe('decide', () => {
	it('runs a file that needs nothing the browser lacks', () => {
		expect(decide(none)).toEqual({ runnable: true });
	});

	it('names every missing package, in code type', () => {
		expect(decide({ ...none, missing: ['fastapi', 'pydantic', 'sqlalchemy'] })).toEqual({
			runnable: false,
			reason: 'It needs `fastapi`, `pydantic` and `sqlalchemy`, which Python in the browser does not include.',
		});
	});

	it('explains a module that imports but cannot work', () => {
		expect(decide({ ...none, notWorking: { threading: 'Python in the browser cannot start threads' } })).toEqual({
			runnable: false,
			reason: 'It uses `threading`: Python in the browser cannot start threads.',
		});
	});

	it('gives no button to a file that only defines things', () => {
		expect(decide({ ...none, runsSomething: false }).runnable).toBe(false);
	});
});

describe('canRunInPage, checked inside Pyodide', () => {
	it.each([
		'api_design/pagination.py',
		'async_programming/asyncio_basics.py',
		'errors_and_logging/exception_groups.py',
		'oop/magic_methods_money.py',
		'functional_programming/functional_tools.py',
	])('%s runs in the page', async (file) => {
		expect(await canRunInPage(example(file))).toEqual({ runnable: true });
	});

	it.each([
		['fastapi/fastapi_crud.py', /needs `fastapi`/],
		['caching/cache_aside_redis.py', /needs `redis`/],
		['testing/test_parametrize.py', /needs `pytest`/],
		['concurrency/lock_ordering.py', /uses `threading`: .*cannot start threads/],
		['concurrency/cpu_vs_io_benchmark.py', /uses `concurrent\.futures`/],
		['deployment/gunicorn.conf.py', /uses `multiprocessing`/],
		['standard_library/stdlib_tour.py', /uses `zoneinfo`: .*time zone database/],
		['testing/slugify.py', /only defines things/],
		[
			'async_programming/bug_blocking_health_check.py',
			/behave differently: there time\.sleep\(\) lets the event loop run/,
		],
		['authentication/password_hashing.py', /uses `hashlib\.scrypt`, which Python in the browser lacks/],
	])('%s does not, and says why', async (file, reason) => {
		const decision = await canRunInPage(example(file));
		expect(decision.runnable).toBe(false);
		expect(decision.runnable === false && decision.reason).toMatch(reason);
	});

	it('reads imports wherever they are, aliased or inside functions', async () => {
		const source = 'def f():\n    import numpy as np\n    return np\n\nprint(f())\n';
		expect(await canRunInPage(source)).toMatchObject({ runnable: false, reason: expect.stringMatching(/`numpy`/) });
		expect(await canRunInPage('import hashlib as h\nprint(h.no_such_function())\n')).toMatchObject({
			reason: expect.stringMatching(/`hashlib\.no_such_function`/),
		});
	});

	it('finds relative imports and files that run nothing', async () => {
		expect(await canRunInPage('from . import models\nprint(models)\n')).toMatchObject({
			reason: expect.stringMatching(/part of a package/),
		});
		expect(await canRunInPage('import math\n\ndef area(r):\n    return math.pi * r * r\n')).toMatchObject({
			reason: expect.stringMatching(/only defines/),
		});
	});
});
