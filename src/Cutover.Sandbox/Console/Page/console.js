// The Cutover sandbox console: a chat channel in a page. Everything shown comes from /api/sandbox; no build step.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const api = (path) => `/api/sandbox${path}`;
  const approve = 'runbook.approve-step';
  const reject = 'runbook.reject-step';

  const state = {
    users: [],
    user: null,
    messages: new Map(),
    clock: { now: null, rate: 1, at: 0 },
    auditRun: null,
    openApps: new Set(['demo-app', 'demo-app-ps']),
    herokuTimer: 0,
    auditTimer: 0,
  };

  // ---- small helpers -------------------------------------------------------------------------------

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function call(path, body) {
    const init = body === undefined
      ? { headers: { Accept: 'application/json' } }
      : { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) };
    try {
      const response = await fetch(api(path), init);
      let data = null;
      try { data = await response.json(); } catch { data = null; }
      return { ok: response.ok, status: response.status, data };
    } catch (error) {
      return { ok: false, status: 0, data: { error: `The sandbox did not answer (${error.message}). Is it still running?` } };
    }
  }

  const utc = (iso) => {
    const date = iso instanceof Date ? iso : new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  };

  // ---- users ---------------------------------------------------------------------------------------

  async function loadUsers() {
    const result = await call('/users');
    if (!result.ok) return;
    state.users = result.data.users;
    const select = $('user');
    select.replaceChildren(...state.users.map((u) => el('option', { value: u.id, text: `${u.id} (${u.role})` })));
    const saved = localStorage.getItem('cutover.sandbox.user');
    state.user = state.users.some((u) => u.id === saved) ? saved : state.users[0]?.id ?? null;
    select.value = state.user;
    select.addEventListener('change', () => {
      state.user = select.value;
      localStorage.setItem('cutover.sandbox.user', state.user);
      applyEphemeralVisibility();
    });
  }

  // ---- messages ------------------------------------------------------------------------------------

  function fieldValue(value) {
    const lines = value.split('\n');
    if (lines.length > 1 && lines.every((line) => line.includes(' · '))) {
      return el('table', {}, el('tbody', {}, lines.map((line) => el('tr', {}, line.split(' · ').map((cell) => el('td', { text: cell }))))));
    }
    if (lines.length > 1) return el('ul', {}, lines.map((line) => el('li', { text: line.replace(/^• /, '') })));
    if (value.includes(' · ')) {
      return el('table', {}, el('tbody', {}, el('tr', {}, value.split(' · ').map((cell) => el('td', { text: cell })))));
    }
    return document.createTextNode(value);
  }

  function card(view, { ephemeral = false } = {}) {
    const id = ephemeral ? null : `msg-${view.id}`;
    const titleId = id ? `${id}-title` : null;
    const article = el('article', { class: `msg status-${view.status}`, id, 'aria-labelledby': titleId, 'data-revision': view.revision });
    article.append(el('header', {},
      el('span', { class: 'author', text: view.author }),
      el('time', { datetime: view.postedAt, text: utc(view.postedAt) }),
      view.editedAt ? el('span', { class: 'edited', text: `(edited ${utc(view.editedAt)})` }) : null,
      el('span', { class: 'state', text: view.status })));
    if (view.title) article.append(el('h3', { class: 'title', id: titleId, text: view.title }));
    if (view.text) article.append(el('p', { class: 'text', text: view.text }));
    if (view.fields.length) {
      article.append(el('dl', { class: 'fields' }, view.fields.flatMap((f) => [el('dt', { text: f.label }), el('dd', {}, fieldValue(f.value))])));
    }
    if (view.mentions.length) article.append(el('p', { class: 'mentions', text: `cc ${view.mentions.map((m) => `@${m}`).join(' ')}` }));
    if (view.actions.length && !ephemeral) {
      article.append(el('div', { class: 'actions', role: 'group', 'aria-label': view.title },
        view.actions.map((action) => el('button', {
          type: 'button',
          class: action.style,
          'data-action': action.actionId,
          'data-payload': action.payload,
          onclick: (event) => clickAction(action, event.currentTarget, article),
        }, action.label))));
    }
    return article;
  }

  function typedLine(view) {
    return el('p', { class: 'typed', id: `msg-${view.id}` },
      el('span', { class: 'author', text: view.author }), ' typed ', el('code', { text: view.text }), ' ',
      el('time', { datetime: view.postedAt, class: 'muted', text: utc(view.postedAt) }));
  }

  function render(view) {
    return view.kind === 'user' ? typedLine(view) : card(view);
  }

  function threadItem(root) {
    const item = el('li', { class: 'thread', id: `thread-${root.id}`, 'data-root': root.id });
    item.append(render(root));
    item.append(el('ol', { class: 'replies', 'aria-label': 'Replies' }));
    item.append(el('div', { class: 'thread-tools' }));
    return item;
  }

  function refreshThreadTools(rootId) {
    const item = $(`thread-${rootId}`);
    if (!item) return;
    const run = [...state.messages.values()].find((m) => (m.id === rootId || m.threadId === rootId) && m.runId)?.runId;
    const tools = item.querySelector('.thread-tools');
    if (!run || tools.dataset.run === String(run)) return;
    tools.dataset.run = String(run);
    tools.replaceChildren(
      el('span', { text: `Run ${run}` }),
      el('button', { type: 'button', class: 'audit-button', onclick: () => openAudit(run) }, `Audit run ${run}`));
  }

  function addMessage(view) {
    state.messages.set(view.id, view);
    const list = $('messages');
    const root = view.threadId ? $(`thread-${view.threadId}`) : null;
    if (root) {
      root.querySelector('.replies').append(el('li', {}, render(view)));
      refreshThreadTools(view.threadId);
    } else {
      list.append(threadItem(view));
      refreshThreadTools(view.id);
    }
    scheduleAudit();
  }

  function updateMessage(view) {
    state.messages.set(view.id, view);
    const old = $(`msg-${view.id}`);
    if (!old) { addMessage(view); return; }
    const focused = old.contains(document.activeElement);
    const fresh = render(view);
    old.replaceWith(fresh);
    if (focused) {
      fresh.setAttribute('tabindex', '-1');
      fresh.focus();
    }
    scheduleAudit();
  }

  function resetMessages(snapshot) {
    state.messages.clear();
    $('messages').replaceChildren();
    for (const view of snapshot) addMessage(view);
  }

  function showEphemeral(view, user) {
    const item = el('li', { class: 'ephemeral', 'data-user': user },
      el('p', { class: 'only', text: `Only visible to ${user}` }), card(view, { ephemeral: true }));
    $('messages').append(item);
    applyEphemeralVisibility();
    item.scrollIntoView({ block: 'nearest' });
  }

  function showError(text, user) {
    showEphemeral({ id: 'error', author: 'Cutover', status: 'failure', postedAt: new Date().toISOString(), title: 'That did not work',
      text, fields: [], actions: [], mentions: [], revision: 1 }, user);
  }

  function applyEphemeralVisibility() {
    for (const item of document.querySelectorAll('.ephemeral, .sending')) item.hidden = item.dataset.user !== state.user;
  }

  // ---- commands and clicks -------------------------------------------------------------------------

  // Like a chat client: the box clears as soon as the command is sent, and the sender sees it is being handled until
  // Cutover answers. If the command could not be delivered, its text comes back to the box to fix or resend.
  async function send(event) {
    event.preventDefault();
    const input = $('command');
    const text = input.value.trim();
    if (!text || !state.user) return;
    const user = state.user;
    input.value = '';
    const sending = showSending(text, user);
    const result = await call('/command', { user, text });
    sending.remove();
    if (result.ok) {
      if (result.data.reply) showEphemeral(result.data.reply, user);
    } else {
      showError(result.data?.error ?? `The sandbox answered ${result.status}.`, user);
      if (result.status === 0 && !input.value) input.value = text;
    }
    input.focus();
  }

  function showSending(text, user) {
    const item = el('li', { class: 'sending', 'data-user': user, 'aria-busy': 'true' },
      el('p', { class: 'only', text: `Sent by ${user}` }),
      el('p', { class: 'sent' }, el('code', { text })),
      el('p', { class: 'progress', role: 'status', text: 'Cutover is handling it…' }));
    $('messages').append(item);
    applyEphemeralVisibility();
    item.scrollIntoView({ block: 'nearest' });
    return item;
  }

  async function clickAction(action, button, article) {
    let reason = null;
    if (action.actionId === reject) {
      reason = await askReason();
      if (reason === null) return;
    } else if (action.confirm && !(await confirmAction(action.confirm))) {
      return;
    }
    const user = state.user;
    const buttons = [...article.querySelectorAll('.actions button')];
    buttons.forEach((b) => { b.disabled = true; });
    const result = await call('/click', { user, actionId: action.actionId, payload: action.payload, reason });
    buttons.forEach((b) => { b.disabled = false; });
    if (!result.ok) showError(result.data?.error ?? `The sandbox answered ${result.status}.`, user);
    else if (result.data.reply) showEphemeral(result.data.reply, user);
    if (document.body.contains(button)) button.focus();
  }

  function confirmAction(confirm) {
    const dialog = $('confirm-dialog');
    $('confirm-title').textContent = confirm.title;
    $('confirm-text').textContent = confirm.text;
    $('confirm-ok').textContent = confirm.confirm;
    $('confirm-deny').textContent = confirm.deny;
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
      dialog.returnValue = '';
      dialog.showModal();
    });
  }

  function askReason() {
    const dialog = $('reject-dialog');
    const reason = $('reject-reason');
    reason.value = '';
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' && reason.value.trim() ? reason.value.trim() : null), { once: true });
      dialog.returnValue = '';
      dialog.showModal();
      reason.focus();
    });
  }

  // ---- the clock -----------------------------------------------------------------------------------

  function setTime(time) {
    state.clock = { now: new Date(time.now).getTime(), rate: time.rate, at: performance.now() };
    $('clock-rate').textContent = `×${time.rate}`;
    for (const button of document.querySelectorAll('[data-rate]')) {
      button.setAttribute('aria-pressed', String(Number(button.dataset.rate) === time.rate));
    }
    if (time.upcoming && time.upcoming.length) {
      $('upcoming-count').textContent = String(time.upcoming.length);
      $('upcoming-list').replaceChildren(...time.upcoming.map((f) =>
        el('li', {}, el('time', { datetime: f.at, text: utc(f.at) }), ` ${f.job}${f.recurring ? ' (recurring)' : ''}`)));
    }
    tick();
  }

  function tick() {
    if (state.clock.now === null) return;
    const now = state.clock.now + (performance.now() - state.clock.at) * state.clock.rate;
    $('clock-now').textContent = utc(new Date(now));
  }

  async function loadTime() {
    const result = await call('/time');
    if (result.ok) setTime(result.data);
  }

  async function moveTime(body, label) {
    const status = $('time-status');
    const buttons = [...document.querySelectorAll('.clock button')];
    buttons.forEach((b) => { b.disabled = true; });
    status.textContent = `${label}…`;
    const result = await call('/time', body);
    buttons.forEach((b) => { b.disabled = false; });
    if (!result.ok) {
      status.textContent = result.data?.error ?? `The sandbox answered ${result.status}.`;
      return;
    }
    if (result.data.state) {
      setTime(result.data.state);
      const fired = result.data.fired.map((f) => f.job);
      status.textContent = `Moved to ${utc(result.data.state.now)} in ${result.data.steps} step(s)`
        + (fired.length ? `; ran ${fired.join(', ')}.` : '.');
    } else {
      setTime(result.data);
      status.textContent = `The clock now runs ×${result.data.rate}.`;
    }
    scheduleHeroku();
  }

  // ---- Heroku --------------------------------------------------------------------------------------

  function scheduleHeroku() {
    clearTimeout(state.herokuTimer);
    state.herokuTimer = setTimeout(loadHeroku, 250);
  }

  async function loadHeroku() {
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
        const details = el('details', { class: `app${app.space ? ' in-space' : ''}`, 'data-app': app.name, open: state.openApps.has(app.name) });
        details.addEventListener('toggle', () => {
          if (details.open) state.openApps.add(app.name); else state.openApps.delete(app.name);
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

  // ---- audit ---------------------------------------------------------------------------------------

  function openAudit(run) {
    state.auditRun = run;
    loadAudit();
    $('audit-title').scrollIntoView({ block: 'start' });
  }

  function scheduleAudit() {
    if (state.auditRun === null) return;
    clearTimeout(state.auditTimer);
    state.auditTimer = setTimeout(loadAudit, 400);
  }

  async function loadAudit() {
    if (state.auditRun === null) return;
    const result = await call(`/audit/${state.auditRun}`);
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

  // ---- live feed -----------------------------------------------------------------------------------

  function connect() {
    const events = new EventSource(api('/events'));
    events.addEventListener('snapshot', (e) => {
      resetMessages(JSON.parse(e.data));
      $('connection').textContent = 'Live';
    });
    events.addEventListener('message', (e) => addMessage(JSON.parse(e.data)));
    events.addEventListener('update', (e) => updateMessage(JSON.parse(e.data)));
    events.addEventListener('time', (e) => setTime(JSON.parse(e.data)));
    events.addEventListener('heroku', scheduleHeroku);
    events.onerror = () => { $('connection').textContent = 'Reconnecting…'; };
  }

  // ---- start ---------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', async () => {
    $('composer').addEventListener('submit', send);
    $('time-next').addEventListener('click', () => moveTime({ action: 'next' }, 'Moving to the next scheduled job'));
    for (const button of document.querySelectorAll('[data-advance]')) {
      button.addEventListener('click', () => moveTime({ action: 'advance', minutes: Number(button.dataset.advance) }, `Moving ${button.textContent}`));
    }
    for (const button of document.querySelectorAll('[data-rate]')) {
      button.addEventListener('click', () => moveTime({ action: 'rate', rate: Number(button.dataset.rate) }, `Setting ${button.textContent}`));
    }
    await loadUsers();
    connect();
    await Promise.all([loadTime(), loadHeroku()]);
    setInterval(tick, 1000);
    setInterval(loadTime, 15000);
  });
})();
