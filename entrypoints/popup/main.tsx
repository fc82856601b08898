import { readRecentDailyRaw } from '../../lib/db/daily-read';
import { readStoredSettings } from '../../lib/settings/stored';
import './style.css';

// The two reads the numbers need start before the interface's code has loaded, not after it.
const at = Date.now();
const early = { at, recent: readRecentDailyRaw(at), settings: readStoredSettings() };
early.recent.catch(() => {});
early.settings.catch(() => {});

void import('./app').then(({ mount }) => mount(document.getElementById('app')!, early));
