// secu's web page, framework-free ES modules calling the public API as any client does.
// This file starts the page: the language (?lang=, else the one chosen before, else the
// browser's, else English), the header's menu, the home page, and each part of the page
// (each registers its routes: law.js the law browser, simulate.js the reform simulator, …).
import { LANGS, api, el, parts, register, route, show, state, t } from './core.js';
import './law.js';
import './clerk.js';
import './attestations.js';
import './files.js';
import './payments.js';
import './appeals.js';
import './calculator.js';
import './adviser.js';
import './simulate.js';

function pickLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(asked)) return asked;
  const saved = localStorage.getItem('secu.lang');
  if (LANGS.includes(saved)) return saved;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const p = String(l).slice(0, 2).toLowerCase();
    if (LANGS.includes(p)) return p;
  }
  return 'en';
}

function home() {
  show(el('h1', {}, t('web.home.title')), el('p', { class: 'lead' }, t('web.home.lead')),
    el('ul', { class: 'cards' }, parts.map((p) => el('li', {}, el('a', { href: p.hash }, el('strong', {}, t(p.title))),
      el('p', {}, t(p.lead))))));
}

function menu() {
  const nav = document.getElementById('menu');
  nav.setAttribute('aria-label', t('web.menu'));
  nav.replaceChildren(el('ul', {}, parts.map((p) => el('li', {}, el('a', { href: p.hash }, t(p.title))))));
}

async function setLang(lang) {
  state.lang = lang;
  localStorage.setItem('secu.lang', lang);
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll('#languages button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  state.texts = (await api(`/v1/messages?lang=${lang}`)).messages;
  document.title = t('web.title');
  document.getElementById('languages').setAttribute('aria-label', t('web.language'));
  menu();
  await route();
}

register('/', home);
for (const b of document.querySelectorAll('#languages button')) b.addEventListener('click', () => setLang(b.dataset.lang));
window.addEventListener('hashchange', () => { route(); document.getElementById('main').focus({ preventScroll: true }); });
setLang(pickLang()).catch((e) => show(el('p', { class: 'error', role: 'alert' }, String(e.message || e))));
