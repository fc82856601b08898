import { publishEarlyReads, startEarlyReads } from './popup/early';

// A classic script in the popup's <head>: it runs as soon as it is fetched, while the page is parsed,
// so the numbers' reads overlap the loading of the interface's modules instead of following it.
export default defineUnlistedScript(() => publishEarlyReads(startEarlyReads()));
