// Newsdesk chat page. Every piece of article or answer text is inserted as text (textContent or text
// nodes), never as HTML, so markup inside articles cannot run.

const MAX_HISTORY = 10; // Question.MAX_HISTORY: the turns every channel sends or keeps
/** Finished turns are kept for the browser tab's session, so a reload keeps the conversation. */
const STORE = 'newsdesk.conversation';
const state = { history: [], busy: false, lastFocus: null, controller: null };
const $ = (id) => document.getElementById(id);

/** Creates an element; children are nodes or strings (inserted as text). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const KEY_STORE = 'newsdesk.apiKey';
let keyPrompt = null;

function storedKey() {
  try { return sessionStorage.getItem(KEY_STORE); } catch (e) { return null; }
}

/** Shows the key form once; resolves with the entered key, or null when cancelled. */
function askForKey(message) {
  if (keyPrompt) return keyPrompt;
  const form = $('key-form');
  $('key-message').textContent = message;
  form.hidden = false;
  $('api-key').value = '';
  $('api-key').focus();
  keyPrompt = new Promise((resolve) => {
    const done = (key) => {
      form.hidden = true;
      form.onsubmit = null;
      $('key-cancel').onclick = null;
      keyPrompt = null;
      if (key) {
        try { sessionStorage.setItem(KEY_STORE, key); } catch (e) { /* kept for this page only */ }
      }
      resolve(key);
    };
    form.onsubmit = (event) => { event.preventDefault(); done($('api-key').value.trim() || null); };
    $('key-cancel').onclick = () => done(null);
  });
  return keyPrompt;
}

/** fetch() with the tab's API key; a 401 asks for a key (once per tab session) and retries. */
async function api(path, options = {}) {
  for (;;) {
    const headers = new Headers(options.headers || {});
    const key = storedKey();
    if (key) headers.set('Authorization', `Bearer ${key}`);
    const response = await fetch(path, { ...options, headers });
    if (response.status !== 401) return response;
    const entered = await askForKey(key
      ? 'That key was not accepted. Enter a reader or editor key.'
      : 'This Newsdesk needs an API key. Enter a reader or editor key; it is kept for this tab only.');
    if (!entered) return response;
  }
}

async function loadStarters() {
  const list = $('starters');
  try {
    const response = await api('/api/articles?limit=6');
    if (!response.ok) return;
    const body = await response.json();
    const articles = Array.isArray(body) ? body : body.articles;
    for (const article of articles.slice(0, 6)) {
      const question = `Summarise “${article.title}”`;
      list.append(el('li', {}, el('button', { type: 'button', class: 'starter', onclick: () => ask(question) }, question)));
    }
  } catch (e) {
    list.append(el('li', { class: 'source-meta', text: 'Starter questions are unavailable: the service did not answer.' }));
  }
}

function scrollToEnd() {
  const conversation = $('conversation');
  conversation.scrollTop = conversation.scrollHeight;
}

function setBusy(busy) {
  state.busy = busy;
  $('send').disabled = busy;
  $('send').hidden = busy;
  $('stop').hidden = !busy;
  $('ask').setAttribute('aria-busy', String(busy));
}

async function ask(question) {
  question = question.trim();
  if (!question || state.busy) return;
  $('empty').hidden = true;
  const conversation = $('conversation');
  conversation.append(el('li', { class: 'turn-question' }, el('span', { class: 'visually-hidden', text: 'You asked: ' }), question));
  const card = el('article', { class: 'answer loading', 'aria-busy': 'true' });
  conversation.append(el('li', { class: 'turn-answer' }, card));
  scrollToEnd();
  setBusy(true);
  const started = performance.now();
  state.controller = new AbortController();
  try {
    const response = await api('/api/ask/stream', {
      signal: state.controller.signal,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ question, history: state.history.slice(-MAX_HISTORY), ...filters() }),
    });
    if (!response.ok) {
      showError(card, await errorMessage(response));
      return;
    }
    let textNode = null;
    await readEvents(response, (name, data) => {
      if (name === 'delta') {
        if (!textNode) {
          const ms = Math.round(performance.now() - started);
          document.body.dataset.firstTextMs = String(ms);
          console.info(`newsdesk: first answer text after ${ms} ms`);
          card.classList.remove('loading');
          textNode = document.createTextNode('');
          card.append(el('div', { class: 'text' }, textNode));
        }
        textNode.appendData(data.text);
        scrollToEnd();
      } else if (name === 'done') {
        renderAnswer(card, question, data);
      } else if (name === 'error') {
        showError(card, data.message || 'The answer could not be completed.');
      }
    });
    if (card.classList.contains('loading')) showError(card, 'The answer stopped before it was complete. Please try again.');
  } catch (e) {
    if (e.name === 'AbortError') showStopped(card);
    else showError(card, 'The Newsdesk service is unreachable. Check that it is running, then try again.');
  } finally {
    state.controller = null;
    card.removeAttribute('aria-busy');
    setBusy(false);
    $('question').focus();
  }
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.message) return `${body.message} (HTTP ${response.status})`;
  } catch (e) { /* not JSON */ }
  return `The service answered HTTP ${response.status}.`;
}

/** Reads a text/event-stream body and calls onEvent(name, parsedJson) for each event. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const raw = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      let name = 'message';
      const data = [];
      for (const line of raw.split(/\r?\n/)) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}

/** The reader stopped the answer: what arrived stays, marked as incomplete, and is not sent as history. */
function showStopped(card) {
  card.classList.remove('loading');
  card.classList.add('stopped');
  card.append(el('div', { class: 'notice', role: 'status', text: 'Stopped. This answer is incomplete and has no sources.' }));
}

function stopAnswer() {
  if (state.controller) state.controller.abort();
}

/** The filter controls as request fields: only those set. */
function filters() {
  const chosen = {};
  if ($('filter-from').value) chosen.from = $('filter-from').value;
  if ($('filter-to').value) chosen.to = $('filter-to').value;
  if ($('filter-source').value) chosen.source = [$('filter-source').value];
  if ($('filter-desk').value) chosen.desk = [$('filter-desk').value];
  return chosen;
}

/** Fills the source menu from the archive's sources. */
async function loadSources() {
  try {
    const response = await api('/api/articles/sources');
    if (!response.ok) return;
    const menu = $('filter-source');
    for (const [name, count] of Object.entries(await response.json())) {
      menu.append(el('option', { value: name, text: `${name} (${count})` }));
    }
  } catch (e) {
    // the menu keeps "All sources"
  }
}

/** Fills the desk menu with the desks this reader may read; shown only when there is more than one to choose. */
async function loadDesks() {
  try {
    const response = await api('/api/articles/desks');
    if (!response.ok) return;
    const desks = await response.json();
    if (desks.length < 2) return;
    const menu = $('filter-desk');
    for (const desk of desks) {
      const editable = desk.editable ? ', you edit it' : '';
      menu.append(el('option', { value: desk.desk, text: `${desk.desk} (${desk.articles}${editable})` }));
    }
    $('filter-desk-field').hidden = false;
  } catch (e) {
    // without the list, every desk the reader may read answers
  }
}

/** "27 Nov 2023" for an ISO date, "date unknown" without one. */
function humanDate(iso) {
  if (!iso) return 'date unknown';
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso.slice(0, 10)
    : day.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function showError(card, message) {
  card.className = 'answer error';
  card.replaceChildren(el('div', { class: 'label', text: 'Error' }), el('div', { role: 'alert', text: message }));
}

function renderAnswer(card, question, answer) {
  const byIndex = new Map(answer.citations.map((c) => [c.index, c]));
  const coverage = answer.coverage || (answer.grounded ? 'full' : 'none');
  card.className = `answer ${coverage === 'full' ? 'grounded' : coverage === 'partial' ? 'partial' : 'not-covered'}`;
  card.dataset.grounded = String(answer.grounded);
  card.dataset.coverage = coverage;
  const text = el('div', { class: 'text' });
  for (const part of answer.answer.split(/(\[\d+\])/)) {
    const match = /^\[(\d+)\]$/.exec(part);
    const citation = match && byIndex.get(Number(match[1]));
    if (citation) {
      text.append(el('button', {
        type: 'button', class: 'chip', 'aria-label': `Source ${citation.index}: ${citation.title}`,
        onclick: (event) => openSource(citation, event.currentTarget),
      }, String(citation.index)));
    } else if (part) {
      text.append(part);
    }
  }
  const label = { full: 'Answer', partial: 'Partly covered: the articles don’t state what was asked', none: 'Not covered by the articles' }[coverage];
  const children = [el('div', { class: 'label', text: label }), text];
  if (answer.timeRange) {
    const words = answer.timeRange.words ? ` (from “${answer.timeRange.words}”)` : '';
    children.push(el('div', { class: 'time-range', text: `Articles published: ${answer.timeRange.label}${words}` }));
  }
  if (answer.notice) children.push(el('div', { class: 'notice', text: answer.notice }));
  if (answer.citations.length) {
    const sources = el('ol', { class: 'sources', 'aria-label': 'Sources' });
    for (const citation of answer.citations) {
      sources.append(el('li', {}, el('button', {
        type: 'button', class: 'source', onclick: (event) => openSource(citation, event.currentTarget),
      },
      el('span', { class: 'source-num', text: `[${citation.index}]` }),
      el('span', { class: 'source-name', text: citation.title }),
      el('span', { class: 'source-meta', text: ` — ${citation.source}, ${humanDate(citation.publishedAt)}` }),
      el('span', { class: 'source-quote', text: `“${citation.quote}”` }))));
    }
    children.push(sources);
  }
  children.push(actions(question, answer));
  card.replaceChildren(...children);
  state.history.push({ question, answer: answer.answer });
  remember(question, answer);
  scrollToEnd();
}

function remember(question, answer) {
  try {
    const turns = JSON.parse(sessionStorage.getItem(STORE) || '[]');
    turns.push({ question, answer });
    sessionStorage.setItem(STORE, JSON.stringify(turns.slice(-50)));
  } catch (e) { /* storage full or disabled: the conversation simply won't survive a reload */ }
}

/** Shows the turns of this tab's session again after a reload. */
function restore() {
  let turns = [];
  try {
    turns = JSON.parse(sessionStorage.getItem(STORE) || '[]');
    sessionStorage.removeItem(STORE); // renderAnswer stores them again, in order
  } catch (e) { return; }
  for (const turn of turns) {
    if (!turn || typeof turn.question !== 'string' || !turn.answer || !Array.isArray(turn.answer.citations)) continue;
    $('empty').hidden = true;
    const card = el('article', { class: 'answer' });
    $('conversation').append(
      el('li', { class: 'turn-question' }, el('span', { class: 'visually-hidden', text: 'You asked: ' }), turn.question),
      el('li', { class: 'turn-answer' }, card));
    renderAnswer(card, turn.question, turn.answer);
  }
}

function actions(question, answer) {
  const status = el('span', { class: 'status', role: 'status' });
  const copy = el('button', { type: 'button', 'aria-label': 'Copy the answer with its sources', onclick: () => copyAnswer(answer, status) }, 'Copy');
  const up = el('button', { type: 'button', 'aria-label': 'Helpful', 'aria-pressed': 'false' }, 'Helpful');
  const down = el('button', { type: 'button', 'aria-label': 'Not helpful', 'aria-pressed': 'false' }, 'Not helpful');
  const send = async (helpful, button) => {
    up.disabled = down.disabled = true;
    try {
      const response = await api('/api/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question, answer: answer.answer, helpful, channel: 'web', articles: answer.citations.map((c) => c.articleId) }),
      });
      if (!response.ok) throw new Error(await errorMessage(response));
      button.setAttribute('aria-pressed', 'true');
      status.textContent = 'Thanks for the feedback.';
    } catch (e) {
      up.disabled = down.disabled = false;
      status.textContent = `Feedback not sent: ${e.message}`;
    }
  };
  up.addEventListener('click', () => send(true, up));
  down.addEventListener('click', () => send(false, down));
  return el('div', { class: 'actions' }, copy, up, down, status);
}

async function copyAnswer(answer, status) {
  const text = answer.plainText; // the server's one footnote format
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = el('textarea', { 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  status.textContent = 'Copied to the clipboard.';
}

async function openSource(citation, opener) {
  state.lastFocus = opener;
  const panel = $('source-panel');
  const body = $('source-body');
  $('source-title').textContent = citation.title;
  $('source-file').textContent = citation.source;
  $('source-facts').textContent = '';
  body.replaceChildren(el('p', { class: 'source-meta', text: 'Loading the article…' }));
  panel.hidden = false;
  panel.focus();
  try {
    const response = await api(`/api/articles/${encodeURIComponent(citation.articleId)}`);
    if (!response.ok) throw new Error(await errorMessage(response));
    const article = await response.json();
    $('source-title').textContent = article.title;
    $('source-file').replaceChildren(article.source);
    $('source-facts').textContent = `${humanDate(article.publishedAt)} · desk ${article.desk}`;
    const original = webLink(article.url);
    if (original) {
      $('source-file').append(' · ', el('a', {
        href: original, target: '_blank', rel: 'noopener noreferrer', class: 'original', text: 'Open the original',
      }));
    }
    let highlight = null;
    const paragraphs = article.paragraphs.map((p) => {
      const from = Math.max(citation.start, p.start);
      const to = Math.min(citation.end, p.end);
      if (from >= to) return el('p', { text: p.text });
      const mark = el('mark', { text: p.text.slice(from - p.start, to - p.start) });
      highlight = highlight || mark;
      return el('p', {}, p.text.slice(0, from - p.start), mark, p.text.slice(to - p.start));
    });
    body.replaceChildren(...paragraphs);
    if (highlight) highlight.scrollIntoView({ block: 'center' });
  } catch (e) {
    body.replaceChildren(el('p', { role: 'alert', text: `The article could not be loaded: ${e.message}` }));
  }
}

/** The article's link when it is a web address; anything else (a script, a bare path) is not offered. */
function webLink(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function closeSource() {
  $('source-panel').hidden = true;
  if (state.lastFocus && state.lastFocus.isConnected) state.lastFocus.focus();
}

function clearConversation() {
  stopAnswer();
  state.history = [];
  try { sessionStorage.removeItem(STORE); } catch (e) { /* nothing stored */ }
  $('conversation').replaceChildren();
  $('empty').hidden = false;
  closeSource();
  $('question').focus();
}

function init() {
  const question = $('question');
  $('ask').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = question.value;
    if (!text.trim() || state.busy) return;
    question.value = '';
    question.style.height = '';
    ask(text);
  });
  question.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('ask').requestSubmit();
    }
  });
  question.addEventListener('input', () => {
    question.style.height = 'auto';
    question.style.height = `${Math.min(question.scrollHeight, 180)}px`;
  });
  $('clear').addEventListener('click', clearConversation);
  $('stop').addEventListener('click', stopAnswer);
  $('source-close').addEventListener('click', closeSource);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('source-panel').hidden) closeSource();
  });
  loadStarters();
  loadSources();
  loadDesks();
  restore();
  question.focus();
}

init();
