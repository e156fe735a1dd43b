// The Cutover sandbox console: a chat channel in a page. Everything shown comes from /api/sandbox; no build step.
// This entry wires the page's controls and the live feed to the modules under console/.
import { api } from './console/api.js';
import { addMessage, resetMessages, updateMessage } from './console/channel.js';
import { loadTime, moveTime, setTime, tick } from './console/clock.js';
import { send } from './console/commands.js';
import { $ } from './console/dom.js';
import { loadHeroku, scheduleHeroku } from './console/heroku.js';
import { loadUsers } from './console/users.js';

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
