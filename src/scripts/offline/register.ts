// Registers the service worker (./service-worker.ts, built as sw.js) so pages read once work offline.
// Production builds only: the dev server has no sw.js. Refused registrations (private windows in some
// browsers, storage disabled) leave the site working as before, online only.
import { SERVICE_WORKER_PATH } from '../../lib/offline/service-worker-path';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	// BASE_URL ends with a slash (trailingSlash: 'always'); the worker's scope is then the whole site.
	navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${SERVICE_WORKER_PATH}`).catch(() => {});
}
