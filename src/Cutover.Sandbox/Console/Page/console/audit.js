// The audit panel: every entry of one run, opened from the run's thread and reread shortly after the channel changes.
import { call } from './api.js';
import { $, el, utc } from './dom.js';

let auditRun = null;
let auditTimer = 0;

export function openAudit(run) {
  auditRun = run;
  loadAudit();
  $('audit-title').scrollIntoView({ block: 'start' });
}

export function scheduleAudit() {
  if (auditRun === null) return;
  clearTimeout(auditTimer);
  auditTimer = setTimeout(loadAudit, 400);
}

async function loadAudit() {
  if (auditRun === null) return;
  const result = await call(`/audit/${auditRun}`);
  if (!result.ok) {
    $('audit').replaceChildren(el('p', { text: result.data?.error ?? 'The audit could not be read.' }));
    return;
  }
  const view = result.data;
  $('audit-hint').textContent = `Run ${view.runId}: ${view.sourceApp} → ${view.targetSpace} (${view.state}), ${view.entries.length} entries.`;
  const rows = view.entries.map((e) => el('tr', { class: e.source },
    el('td', {}, el('time', { datetime: e.at, text: utc(e.at).slice(11) })),
    el('td', { text: e.actor }),
    el('td', { text: e.action }),
    el('td', { text: e.stepId ? `${e.stepId}${e.stepVersion ? ` v${e.stepVersion}` : ''}` : '' }),
    el('td', { text: e.before || e.after ? `${e.before ?? ''} → ${e.after ?? ''}` : '' }),
    el('td', { text: e.detail ?? '' })));
  $('audit').replaceChildren(el('div', { class: 'audit-scroll' }, el('table', { class: 'audit', 'aria-label': `Audit of run ${view.runId}` },
    el('thead', {}, el('tr', {}, ['Time', 'Who', 'What', 'Step', 'Change', 'Detail'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows))));
}
