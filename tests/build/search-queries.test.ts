import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { loadPagefind, type SearchHit } from '../support/pagefind';

/**
 * Questions phrased the way learners type them, each with the page that must be in the top three.
 * When a query fails, fix the page (title, description, headings, first paragraph), not the query.
 */
const QUERIES: [query: string, page: string][] = [
	['what is the gil', '/foundations/concurrency/'],
	['threads vs processes python', '/foundations/concurrency/'],
	['free threaded python', '/foundations/concurrency/'],
	['why is my async code slow', '/core/async-programming/'],
	['asyncio gather', '/core/async-programming/'],
	['event loop blocking', '/core/async-programming/'],
	['jwt vs session', '/core/authentication/'],
	['oauth pkce', '/core/authentication/'],
	['how to hash passwords', '/core/authentication/'],
	['what is an orm', '/core/orms/'],
	['sqlalchemy declarative base', '/core/orms/'],
	['n+1 queries', '/core/orms/'],
	['postgresql psycopg', '/core/sql-databases/'],
	['sql injection parameterized query', '/core/sql-databases/'],
	['mongodb vs postgres', '/core/nosql/'],
	['pytest fixture', '/core/testing/'],
	['mock an http call in tests', '/core/testing/'],
	['parametrize tests', '/core/testing/'],
	['flask vs django', '/core/web-frameworks/'],
	['fastapi dependency injection', '/core/fastapi/'],
	['pydantic v2 models', '/core/fastapi/'],
	['django admin', '/core/django/'],
	['flask blueprint', '/core/flask/'],
	['aiohttp client session', '/core/aiohttp/'],
	['rest pagination cursor', '/core/api-design/'],
	['graphql vs rest', '/core/api-design/'],
	['graphql dataloader n+1', '/core/api-design/'],
	['logging configuration', '/core/errors-and-logging/'],
	['custom exceptions', '/core/errors-and-logging/'],
	['dockerfile for python app', '/core/docker/'],
	['redis cache aside', '/core/caching/'],
	['celery background tasks', '/core/task-queues/'],
	['pyproject.toml', '/core/packaging/'],
	['virtual environment venv', '/foundations/dev-environment/'],
	['uv vs pip', '/foundations/dev-environment/'],
	['git branch merge', '/foundations/git/'],
	['grep command line', '/foundations/command-line/'],
	['http status codes', '/foundations/http-and-rest/'],
	['decorators in python', '/foundations/iterators-generators-decorators/'],
	['generator yield', '/foundations/iterators-generators-decorators/'],
	['magic methods dunder', '/foundations/oop/'],
	['list comprehension map filter', '/foundations/functional-programming/'],
	['pypy vs cpython', '/foundations/interpreters/'],
	['collections counter defaultdict', '/foundations/standard-library/'],
	['nginx reverse proxy gunicorn', '/advanced/deployment/'],
	['kubernetes deployment', '/advanced/kubernetes/'],
	['github actions ci', '/advanced/ci-cd/'],
	['terraform', '/advanced/infrastructure-as-code/'],
	['owasp top 10', '/advanced/security/'],
	['websockets', '/advanced/real-time/'],
	['prometheus metrics opentelemetry', '/advanced/monitoring/'],
	['microservices vs monolith', '/advanced/microservices/'],
	['horizontal scaling load balancer', '/advanced/scalability/'],
	['job ad requirements', '/career/job-ad-checklist/'],
	['pet project ideas', '/career/pet-projects/'],
	['what does a backend developer do', '/career/what-backend-developers-do/'],
	['learn go after python', '/career/beyond-python/'],
	// "X vs Y" questions find the comparison page.
	['django vs flask', '/compare/python-web-frameworks/'],
	['flask vs fastapi', '/compare/python-web-frameworks/'],
	['django vs fastapi', '/compare/python-web-frameworks/'],
	['python vs go backend', '/compare/backend-languages/'],
	['python vs java spring boot', '/compare/backend-languages/'],
	['node.js express vs python', '/compare/backend-languages/'],
	// Sub-topics the seed roadmap lists find the page that covers them.
	['sql joins aggregate functions', '/core/sql-databases/'],
	['api gateway', '/advanced/microservices/'],
	['service discovery', '/advanced/microservices/'],
	// Corrections of December 2026 (issue 11): each finds the page that now gets it right.
	['which python web framework should i use', '/compare/python-web-frameworks/'],
	['python vs java backend', '/compare/backend-languages/'],
	['esptool erase-flash write-flash', '/career/beyond-python/'],
	['etag if-match optimistic locking rest api', '/core/api-design/'],
	['412 precondition failed vs 428', '/core/api-design/'],
	['graphql http status code validation error', '/core/api-design/'],
	['python except star exceptiongroup', '/core/errors-and-logging/'],
	['asyncio cpu bound work process pool', '/core/async-programming/'],
	['pytest tool.pytest pyproject', '/core/testing/'],
	['mock autospec wrong arguments', '/core/testing/'],
	['fastapi testclient httpx2', '/core/testing/'],
	['dockerfile pip cache mount buildkit', '/core/docker/'],
	['docker build secret mount', '/core/docker/'],
	['docker compose v5', '/core/docker/'],
	['redis-py socket_timeout retry default', '/core/caching/'],
	['cache fallback when redis is down', '/core/caching/'],
	['rq enqueue_in scheduler', '/core/task-queues/'],
	['uv sync dependency groups dev', '/core/packaging/'],
	['pylock.toml pep 751', '/core/packaging/'],
	['extras vs dependency groups', '/core/packaging/'],
	['python utf-8 default encoding 3.15', '/foundations/python-basics/'],
	['python deadlock two locks', '/foundations/concurrency/'],
	['free threaded python 3.15 abi3t', '/foundations/concurrency/'],
	['frozen dataclass', '/foundations/oop/'],
	['uv init project layout', '/foundations/dev-environment/'],
	['git stash pop vs apply', '/foundations/git/'],
	['systemctl restart service logs', '/foundations/command-line/'],
	['journalctl follow service', '/foundations/command-line/'],
	['python regex named groups fullmatch', '/foundations/standard-library/'],
	['python uuid7', '/foundations/standard-library/'],
	['python 3.10 end of life', '/foundations/interpreters/'],
	['django custom user model', '/core/django/'],
	['django select_for_update atomic', '/core/django/'],
	['sqlalchemy 2.1 greenlet asyncio', '/core/orms/'],
	['flask before_request after_request g', '/core/flask/'],
	['aiohttp websocket server', '/core/aiohttp/'],
	['aiohttp web.middleware', '/core/aiohttp/'],
	['postgresql group by count', '/core/sql-databases/'],
];

let search: (query: string, limit?: number) => Promise<SearchHit[]>;
const misses: string[] = [];

beforeAll(async () => {
	search = await loadPagefind(DIST);
});

describe(`search finds the page a learner needs in the top 3 (${QUERIES.length} queries)`, () => {
	it.each(QUERIES)('"%s" → %s', async (query, page) => {
		const top = (await search(query, 3)).map((hit) => hit.url);
		if (!top.includes(page)) misses.push(`"${query}": wanted ${page}, got ${top.join(', ') || 'nothing'}`);
		expect(top).toContain(page);
	});

	it('reports the hit rate', () => {
		const rate = ((QUERIES.length - misses.length) / QUERIES.length) * 100;
		console.log(
			`Search hit rate (top 3): ${rate.toFixed(0)}% of ${QUERIES.length} queries${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
		);
		expect(QUERIES.length).toBeGreaterThanOrEqual(40);
	});
});
