// The simulated Heroku account and DNS records, reread shortly after the sandbox reports a change.
import { call } from './api.js';
import { $, el } from './dom.js';

const openApps = new Set(['demo-app', 'demo-app-ps']);
let herokuTimer = 0;

export function scheduleHeroku() {
  clearTimeout(herokuTimer);
  herokuTimer = setTimeout(loadHeroku, 250);
}

export async function loadHeroku() {
  const [heroku, dns] = await Promise.all([call('/heroku'), call('/dns')]);
  if (heroku.ok) renderHeroku(heroku.data);
  if (dns.ok) renderDns(dns.data);
}

function renderDns(view) {
  const rows = view.records.map((r) => el('tr', { 'data-record': r.name },
    el('td', { text: r.name }), el('td', { text: r.type }), el('td', { text: r.content }), el('td', { text: `${r.ttl} s` })));
  $('dns').replaceChildren(el('table', { class: 'audit', 'aria-label': 'DNS records' },
    el('thead', {}, el('tr', {}, ['Name', 'Type', 'Points at', 'TTL'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows)));
}

function renderHeroku(world) {
  const spaces = el('ul', { class: 'spaces' }, world.spaces.map((s) =>
    el('li', { text: `${s.name}: ${s.shield ? 'Shield' : 'Private'} space in ${s.region}, ${s.state}` })));
  const apps = world.apps
    .slice()
    .sort((a, b) => (a.space ? 0 : 1) - (b.space ? 0 : 1) || a.name.localeCompare(b.name))
    .map((app) => {
      const details = el('details', { class: `app${app.space ? ' in-space' : ''}`, 'data-app': app.name, open: openApps.has(app.name) });
      details.addEventListener('toggle', () => {
        if (details.open) openApps.add(app.name); else openApps.delete(app.name);
      });
      const formation = Object.entries(app.formation).map(([type, value]) => `${type} ${value.replace(':', ' × ')}`).join(', ') || 'none';
      const dynos = Object.entries(app.dynos).map(([name, dynoState]) => `${name} ${dynoState}`).join(', ') || 'none';
      const addons = app.addons.map((a) => `${a.name} (${a.plan}) ${a.state}${a.following ? `, following ${a.following}, ${a.behind_by} behind` : ''}`);
      details.append(
        el('summary', {}, app.name, ' ', el('span', { class: 'where', text: app.space ? `in ${app.space}` : 'Common Runtime' }),
          app.maintenance ? el('span', { class: 'where', text: ' · maintenance on' }) : null),
        el('dl', {},
          el('dt', { text: 'Release' }), el('dd', { text: app.release === null ? 'none' : `v${app.release}` }),
          el('dt', { text: 'Formation' }), el('dd', { text: formation }),
          el('dt', { text: 'Dynos' }), el('dd', { text: dynos }),
          el('dt', { text: 'Add-ons' }), el('dd', {}, addons.length ? el('ul', {}, addons.map((a) => el('li', { text: a }))) : 'none'),
          el('dt', { text: 'Attachments' }), el('dd', { text: app.attachments.join(', ') || 'none' }),
          el('dt', { text: 'Domains' }), el('dd', { text: app.domains.join(', ') || 'none' }),
          el('dt', { text: 'Config vars' }), el('dd', { text: `${app.config_var_names.length} (names only)` })));
      return details;
    });
  $('heroku').replaceChildren(el('p', { class: 'muted', text: `Account ${world.account}, team ${world.team}. Spaces:` }), spaces, ...apps);
}
