// Sandbox time: the clock shown ticking at the sandbox's rate, its scheduled jobs, and the buttons that move it.
import { call } from './api.js';
import { $, el, utc } from './dom.js';
import { scheduleHeroku } from './heroku.js';

let clock = { now: null, rate: 1, at: 0 };

export function setTime(time) {
  clock = { now: new Date(time.now).getTime(), rate: time.rate, at: performance.now() };
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

export function tick() {
  if (clock.now === null) return;
  const now = clock.now + (performance.now() - clock.at) * clock.rate;
  $('clock-now').textContent = utc(new Date(now));
}

export async function loadTime() {
  const result = await call('/time');
  if (result.ok) setTime(result.data);
}

export async function moveTime(body, label) {
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
