// Newsdesk chat page. Every piece of article or answer text is inserted as text (textContent or text
// nodes), never as HTML, so markup inside articles cannot run.

/** The open conversation's id is kept for the tab's session, so a reload opens it again; its turns are on the server. */
const STORE = 'newsdesk.conversationId';
const HISTORY_PAGE = 30;
const state = {
  conversationId: null, busy: false, lastFocus: null, controller: null, historyShown: HISTORY_PAGE,
  desks: [], article: null, library: { offset: 0, limit: 50, loaded: false },
};
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
  if (!$('shared-banner').hidden) clearConversation(); // a shared conversation is read-only: this starts one's own
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
      body: JSON.stringify({ question, ...(state.conversationId ? { conversationId: state.conversationId } : {}), ...filters() }),
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
        conversationContinues(data.conversationId, question);
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
    const sources = Object.entries(await response.json());
    for (const menu of [$('filter-source'), $('library-source')]) {
      for (const [name, count] of sources) {
        menu.append(el('option', { value: name, text: `${name} (${count})` }));
      }
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
    state.desks = desks;
    $('view-tools').hidden = !desks.some((d) => d.editable);
    if (desks.length < 2) return;
    for (const menu of [$('filter-desk'), $('library-desk')]) {
      for (const desk of desks) {
        const editable = desk.editable ? ', you edit it' : '';
        menu.append(el('option', { value: desk.desk, text: `${desk.desk} (${desk.articles}${editable})` }));
      }
    }
    $('filter-desk-field').hidden = false;
    $('library-desk-field').hidden = false;
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

function renderAnswer(card, question, answer, readOnly = false) {
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
  children.push(actions(question, answer, readOnly));
  card.replaceChildren(...children);
  scrollToEnd();
}

/** Shows stored turns (of a conversation reopened, or shared) in the conversation list. */
function showTurns(turns, readOnly) {
  $('conversation').replaceChildren();
  $('empty').hidden = turns.length > 0;
  for (const turn of turns) {
    const card = el('article', { class: 'answer' });
    $('conversation').append(
      el('li', { class: 'turn-question' }, el('span', { class: 'visually-hidden', text: 'You asked: ' }), turn.question),
      el('li', { class: 'turn-answer' }, card));
    renderAnswer(card, turn.question, turn.answer, readOnly);
  }
}

function remember(id) {
  try {
    if (id) sessionStorage.setItem(STORE, id);
    else sessionStorage.removeItem(STORE);
  } catch (e) { /* storage disabled: a reload starts a new conversation, the old one stays in the list */ }
}

/** After an answer: the conversation it was added to is the open one, and the list shows it first. */
function conversationContinues(id, question) {
  if (!id) return;
  if (id !== state.conversationId) {
    state.conversationId = id;
    remember(id);
    showTools({ id, title: question, shareUrl: null });
  }
  loadHistory();
}

/** Opens one of the reader's conversations: its turns, and the tools to share and export it. */
async function openConversation(id) {
  leaveShared();
  stopAnswer();
  closeSource();
  try {
    const response = await api(`/api/conversations/${encodeURIComponent(id)}`);
    if (!response.ok) {
      remember(null);
      if (response.status !== 404) showToolsStatus(await errorMessage(response));
      return false;
    }
    const conversation = await response.json();
    state.conversationId = conversation.id;
    remember(conversation.id);
    showTurns(conversation.turns, false);
    showTools(conversation);
    markCurrent();
    return true;
  } catch (e) {
    return false;
  }
}

function showTools(conversation) {
  $('conversation-tools').hidden = false;
  $('conversation-title').textContent = conversation.title;
  $('tools-status').textContent = '';
  showShareLink(conversation.shareUrl);
  markCurrent();
}

function showToolsStatus(text) {
  $('tools-status').textContent = text;
}

function showShareLink(url) {
  $('share-box').hidden = !url;
  $('share-url').value = url ? new URL(url, window.location.origin).href : '';
}

async function share() {
  const response = await api(`/api/conversations/${encodeURIComponent(state.conversationId)}/share`, { method: 'POST' });
  if (!response.ok) { showToolsStatus(`Not shared: ${await errorMessage(response)}`); return; }
  const { url } = await response.json();
  showShareLink(url);
  showToolsStatus('Anyone with the link can read this conversation; they see only the sources they may read.');
  $('share-url').focus();
  $('share-url').select();
  loadHistory();
}

async function stopSharing() {
  const response = await api(`/api/conversations/${encodeURIComponent(state.conversationId)}/share`, { method: 'DELETE' });
  if (!response.ok) { showToolsStatus(`Still shared: ${await errorMessage(response)}`); return; }
  showShareLink(null);
  showToolsStatus('The link no longer works.');
  $('share').focus();
  loadHistory();
}

async function copyShareLink() {
  try {
    await navigator.clipboard.writeText($('share-url').value);
  } catch (e) {
    $('share-url').select();
    document.execCommand('copy');
  }
  showToolsStatus('Link copied to the clipboard.');
}

/** Downloads the open conversation as Markdown or JSON. */
async function exportConversation(format) {
  const response = await api(`/api/conversations/${encodeURIComponent(state.conversationId)}/export?format=${format}`);
  if (!response.ok) { showToolsStatus(`Not exported: ${await errorMessage(response)}`); return; }
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: `newsdesk-conversation.${format === 'json' ? 'json' : 'md'}`, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  showToolsStatus(`Exported as ${format === 'json' ? 'JSON' : 'Markdown'}.`);
}

/** Fills the sidebar with the reader's conversations, newest first, or those matching the search box. */
async function loadHistory() {
  const query = $('history-search').value.trim();
  const params = new URLSearchParams({ limit: String(state.historyShown) });
  if (query) params.set('q', query);
  let page;
  try {
    const response = await api(`/api/conversations?${params}`);
    if (!response.ok) return;
    page = await response.json();
  } catch (e) { return; }
  const list = $('history-list');
  list.replaceChildren(...page.conversations.map(historyItem));
  $('history-empty').hidden = page.conversations.length > 0;
  $('history-empty').textContent = query ? 'No conversation mentions those words.'
    : 'Your questions are kept here, so you can come back to them.';
  $('history-more').hidden = page.total <= page.conversations.length;
  markCurrent();
}

function historyItem(conversation) {
  const item = el('li', { class: 'history-item', 'data-id': conversation.id });
  const open = el('button', {
    type: 'button', class: 'history-open', onclick: () => { openConversation(conversation.id); closeHistoryOnPhone(); },
  }, el('span', { class: 'history-name', text: conversation.title }),
  el('span', { class: 'history-when', text: `${humanDate(conversation.updated)} · ${conversation.questions} ${conversation.questions === 1 ? 'question' : 'questions'}${conversation.shared ? ' · shared' : ''}` }));
  const rename = el('button', { type: 'button', class: 'ghost small', 'aria-label': `Rename “${conversation.title}”`, onclick: () => startRename(item, conversation) }, 'Rename');
  const remove = el('button', { type: 'button', class: 'ghost small', 'aria-label': `Delete “${conversation.title}”`, onclick: () => confirmDelete(item, conversation) }, 'Delete');
  item.append(open, el('div', { class: 'history-actions' }, rename, remove));
  return item;
}

function startRename(item, conversation) {
  const input = el('input', { type: 'text', maxlength: '200', 'aria-label': 'New name of the conversation' });
  input.value = conversation.title;
  const save = async () => {
    const title = input.value.trim();
    if (!title) return;
    const response = await api(`/api/conversations/${encodeURIComponent(conversation.id)}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }),
    });
    if (response.ok && conversation.id === state.conversationId) $('conversation-title').textContent = title;
    await loadHistory();
  };
  const form = el('form', { class: 'history-rename' }, input,
    el('button', { type: 'submit' }, 'Save'),
    el('button', { type: 'button', class: 'ghost', onclick: () => loadHistory() }, 'Cancel'));
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  input.addEventListener('keydown', (event) => { if (event.key === 'Escape') { event.stopPropagation(); loadHistory(); } });
  item.replaceChildren(form);
  input.focus();
  input.select();
}

function confirmDelete(item, conversation) {
  const yes = el('button', {
    type: 'button', class: 'danger',
    onclick: async () => {
      const response = await api(`/api/conversations/${encodeURIComponent(conversation.id)}`, { method: 'DELETE' });
      if (response.ok && conversation.id === state.conversationId) clearConversation();
      await loadHistory();
      $('history-search').focus();
    },
  }, 'Delete');
  const no = el('button', { type: 'button', class: 'ghost', onclick: () => loadHistory() }, 'Keep');
  item.replaceChildren(el('p', { class: 'history-confirm', role: 'alert', text: `Delete “${conversation.title}”? This cannot be undone.` }), yes, no);
  no.focus();
}

function markCurrent() {
  for (const item of document.querySelectorAll('#history-list .history-item')) {
    const open = item.querySelector('.history-open');
    if (!open) continue;
    if (item.dataset.id === state.conversationId) open.setAttribute('aria-current', 'true');
    else open.removeAttribute('aria-current');
  }
}

/** Opens a conversation someone shared, read-only; a question asked here starts a conversation of the reader's own. */
async function showShared(token) {
  const banner = $('shared-banner');
  banner.hidden = false;
  banner.textContent = 'Loading the shared conversation…';
  try {
    const response = await api(`/api/shared/${encodeURIComponent(token)}`);
    if (!response.ok) {
      banner.textContent = response.status === 404 ? 'This link is not shared any more.' : await errorMessage(response);
      return;
    }
    const conversation = await response.json();
    banner.textContent = `“${conversation.title}”: a conversation shared with you, read-only. Ask a question to start your own.`;
    showTurns(conversation.turns, true);
  } catch (e) {
    banner.textContent = 'The Newsdesk service is unreachable.';
  }
}

function leaveShared() {
  if ($('shared-banner').hidden) return;
  $('shared-banner').hidden = true;
  history.replaceState(null, '', '/');
}

function toggleHistory() {
  const open = !document.body.classList.contains('history-open');
  document.body.classList.toggle('history-open', open);
  $('history-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('history-search').focus();
}

function closeHistoryOnPhone() {
  if (document.body.classList.contains('history-open')) toggleHistory();
}

function actions(question, answer, readOnly) {
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
  if (readOnly) return el('div', { class: 'actions' }, copy, status);
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
  state.article = null;
  $('article-tools').hidden = true;
  $('article-form').hidden = true;
  $('article-confirm').hidden = true;
  $('article-status').textContent = '';
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
    state.article = article;
    const editable = state.desks.some((d) => d.desk === article.desk && d.editable);
    $('article-tools').hidden = !editable;
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

// ---- the library ------------------------------------------------------------------------------------------------

function showView(name) {
  $('main').hidden = name !== 'chat';
  $('library-view').hidden = name !== 'library';
  $('tools-view').hidden = name !== 'tools';
  $('view-chat').setAttribute('aria-pressed', String(name === 'chat'));
  $('view-library').setAttribute('aria-pressed', String(name === 'library'));
  $('view-tools').setAttribute('aria-pressed', String(name === 'tools'));
  $('clear').hidden = name !== 'chat';
  closeSource();
  if (name === 'library') {
    if (!state.library.loaded) loadLibrary();
    $('library-q').focus();
  } else if (name === 'tools') {
    loadImports();
    loadFeeds();
    loadFeedback();
    $('upload-files').focus();
  } else {
    $('question').focus();
  }
}

// ---- editor tools -----------------------------------------------------------------------------------------------

/** Uploads each file on its own, with its progress and its own result. */
function uploadFiles(files) {
  for (const file of files) {
    const bar = el('progress', { max: '100', value: '0', 'aria-label': `Upload of ${file.name}` });
    const status = el('span', { class: 'status', text: 'Uploading…' });
    const row = el('li', { class: 'upload-item' }, el('span', { class: 'upload-name', text: file.name }), bar, status);
    $('upload-list').prepend(row);
    const form = new FormData();
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/articles');
    const key = storedKey();
    if (key) request.setRequestHeader('Authorization', `Bearer ${key}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) bar.value = Math.round((100 * event.loaded) / event.total);
    });
    request.upload.addEventListener('load', () => { bar.value = 100; status.textContent = 'Reading and indexing…'; });
    request.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(request.responseText); } catch (e) { /* not JSON */ }
      if (request.status === 201 && body) {
        row.classList.add('done');
        status.textContent = `Added: “${body.title}” (${body.chunks} ${body.chunks === 1 ? 'passage' : 'passages'})`;
        state.library.loaded = false;
      } else {
        row.classList.add('failed');
        status.textContent = `Not added: ${body && body.message ? body.message : `HTTP ${request.status}`}`;
      }
    });
    request.addEventListener('error', () => { row.classList.add('failed'); status.textContent = 'Not added: the service is unreachable.'; });
    request.send(form);
  }
}

async function addPage(event) {
  event.preventDefault();
  const status = $('page-status');
  status.textContent = 'Fetching the page…';
  const response = await api('/api/articles', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: $('page-url').value.trim() }),
  });
  if (!response.ok) { status.textContent = `Not added: ${await errorMessage(response)}`; return; }
  const article = await response.json();
  status.textContent = `Added: “${article.title}”`;
  $('page-url').value = '';
  state.library.loaded = false;
}

const followed = new Set();

async function startImport(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  if (!file) return;
  const response = await api('/api/articles/import', {
    method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: file,
  });
  if (!response.ok) { $('import-list').prepend(el('li', { class: 'failed', text: `Not started: ${await errorMessage(response)}` })); return; }
  const job = await response.json();
  $('import-file').value = '';
  await loadImports();
  follow(job.id);
}

/** Polls a running import until it ends, showing its progress each second. */
async function follow(id) {
  if (followed.has(id)) return;
  followed.add(id);
  try {
    for (;;) {
      const response = await api(`/api/imports/${encodeURIComponent(id)}`);
      if (!response.ok) return;
      const job = await response.json();
      showJob(job);
      if (!['queued', 'running'].includes(job.state)) { state.library.loaded = false; return; }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    followed.delete(id);
  }
}

async function loadImports() {
  try {
    const response = await api('/api/imports');
    if (!response.ok) return;
    const jobs = await response.json();
    $('import-list').replaceChildren();
    for (const job of jobs.slice(0, 10)) {
      showJob(job);
      if (['queued', 'running'].includes(job.state)) follow(job.id);
    }
  } catch (e) { /* the list stays as it was */ }
}

function showJob(job) {
  let row = document.querySelector(`#import-list li[data-job="${CSS.escape(job.id)}"]`);
  if (!row) {
    row = el('li', { class: 'job', 'data-job': job.id });
    $('import-list').append(row);
  }
  const running = ['queued', 'running'].includes(job.state);
  const total = Math.max(job.linesReceived, 1);
  const eta = running && job.etaSeconds != null ? `, about ${job.etaSeconds} s left` : '';
  const children = [
    el('span', { class: 'job-state', text: job.state }),
    el('progress', { max: String(total), value: String(job.linesDone), 'aria-label': `Import ${job.id}` }),
    el('span', { class: 'status', text: `${job.linesDone} of ${job.linesReceived} lines, ${job.indexed} indexed, ${job.errorCount} ${job.errorCount === 1 ? 'error' : 'errors'}${eta}` }),
  ];
  if (running) {
    children.push(el('button', {
      type: 'button', class: 'ghost small', onclick: async () => {
        const response = await api(`/api/imports/${encodeURIComponent(job.id)}`, { method: 'DELETE' });
        if (response.ok) showJob(await response.json());
      },
    }, 'Cancel'));
  }
  if (job.errors && job.errors.length) {
    children.push(el('ul', { class: 'job-errors' }, ...job.errors.slice(0, 5).map((e) => el('li', { text: `line ${e.line}: ${e.message}` }))));
  }
  row.replaceChildren(...children);
}

async function loadFeeds() {
  try {
    const response = await api('/api/feeds');
    if (!response.ok) return;
    const feeds = await response.json();
    $('feed-list').replaceChildren(...feeds.map((feed) => el('li', { class: 'job' },
      el('span', { class: 'job-state', text: feed.name }),
      el('span', { class: 'status', text: `${feed.url} · every ${Math.round(feed.interval / 60)} min · ${feed.indexed} indexed · ${feed.lastError ? `last read failed: ${feed.lastError}` : feed.lastSuccessAt ? `read ${humanDate(feed.lastSuccessAt)}` : 'not read yet'}` }),
      feed.configured ? el('span', { class: 'status', text: '(configured)' }) : el('button', {
        type: 'button', class: 'ghost small', 'aria-label': `Remove the feed ${feed.name}`, onclick: async () => {
          const removed = await api(`/api/feeds/${encodeURIComponent(feed.name)}`, { method: 'DELETE' });
          $('feed-status').textContent = removed.ok ? `Removed ${feed.name}; its articles stay.` : await errorMessage(removed);
          loadFeeds();
        },
      }, 'Remove'))));
    if (!feeds.length) $('feed-list').append(el('li', { class: 'status', text: 'No feeds yet.' }));
  } catch (e) { /* the list stays as it was */ }
}

async function addFeed(event) {
  event.preventDefault();
  const response = await api('/api/feeds', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: $('feed-name').value.trim(), url: $('feed-url').value.trim(), interval: $('feed-interval').value }),
  });
  $('feed-status').textContent = response.ok ? `Added ${$('feed-name').value.trim()}; it is read now.` : `Not added: ${await errorMessage(response)}`;
  if (response.ok) { $('feed-name').value = ''; $('feed-url').value = ''; }
  loadFeeds();
}

/** Helpful and unhelpful counts per day, and the unhelpful answers with their question and comment. */
async function loadFeedback() {
  let page;
  try {
    const response = await api('/api/feedback?limit=1000');
    if (!response.ok) { $('feedback-summary').textContent = await errorMessage(response); return; }
    page = await response.json();
  } catch (e) { return; }
  const days = new Map();
  for (const entry of page.feedback) {
    const day = entry.createdAt.slice(0, 10);
    const counts = days.get(day) || { up: 0, down: 0 };
    if (entry.helpful) counts.up++; else counts.down++;
    days.set(day, counts);
  }
  const up = page.feedback.filter((f) => f.helpful).length;
  $('feedback-summary').textContent = `${page.total} ${page.total === 1 ? 'vote' : 'votes'}: ${up} helpful, ${page.feedback.length - up} not helpful${page.total > page.feedback.length ? ' (the latest 1,000)' : ''}.`;
  $('feedback-days').tBodies[0].replaceChildren(...[...days.entries()].map(([day, c]) =>
    el('tr', {}, el('td', { text: humanDate(day) }), el('td', { text: String(c.up) }), el('td', { text: String(c.down) }))));
  $('feedback-list').replaceChildren(...page.feedback.filter((f) => !f.helpful).slice(0, 50).map((f) => el('li', { class: 'feedback-item' },
    el('p', { class: 'feedback-question', text: f.question }),
    el('p', { class: 'source-meta', text: `${humanDate(f.createdAt)} · ${f.channel}${f.comment ? ` · “${f.comment}”` : ''}` }),
    el('details', {}, el('summary', {}, 'The answer given'), el('p', { class: 'feedback-answer', text: f.answer })))));
}

/** Shows a page of the archive's articles, as the library's controls ask. */
async function loadLibrary() {
  const started = performance.now();
  const q = $('library-q').value.trim();
  const params = new URLSearchParams({ limit: String(state.library.limit), offset: String(state.library.offset) });
  if (q) params.set('q', q);
  if (q && $('library-sort').value === 'relevance') params.set('sort', 'relevance');
  for (const [field, id] of [['from', 'library-from'], ['to', 'library-to'], ['source', 'library-source'], ['desk', 'library-desk']]) {
    if ($(id).value) params.set(field, $(id).value);
  }
  const count = $('library-count');
  count.textContent = 'Loading the articles…';
  let page;
  try {
    const response = await api(`/api/articles?${params}`);
    if (!response.ok) { count.textContent = await errorMessage(response); return; }
    page = await response.json();
  } catch (e) {
    count.textContent = 'The Newsdesk service is unreachable.';
    return;
  }
  state.library.loaded = true;
  const list = $('library-list');
  list.replaceChildren(...page.articles.map((article) => el('li', { class: 'library-item' },
    el('button', { type: 'button', class: 'library-open', onclick: (event) => openArticle(article, event.currentTarget) }, article.title),
    el('p', { class: 'source-meta', text: `${article.source} · ${humanDate(article.publishedAt)} · desk ${article.desk} · ${article.chunks} ${article.chunks === 1 ? 'passage' : 'passages'}` }),
    el('p', { class: 'library-excerpt', text: article.excerpt || '' }))));
  const first = page.total === 0 ? 0 : state.library.offset + 1;
  const last = state.library.offset + page.articles.length;
  count.textContent = page.total === 0 ? 'No article matches.'
    : `Articles ${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${page.total.toLocaleString('en-GB')}`;
  $('library-prev').disabled = state.library.offset === 0;
  $('library-next').disabled = last >= page.total;
  const ms = Math.round(performance.now() - started);
  document.body.dataset.libraryMs = String(ms);
}

function openArticle(article, opener) {
  openSource({ articleId: article.id, title: article.title, source: article.source, start: -1, end: -1 }, opener);
}

function editArticle() {
  const article = state.article;
  if (!article) return;
  $('edit-title').value = article.title;
  $('edit-date').value = article.publishedAt ? article.publishedAt.slice(0, 10) : '';
  $('edit-source').value = article.publication || '';
  const desks = $('edit-desk');
  desks.replaceChildren(...state.desks.filter((d) => d.editable).map((d) => el('option', { value: d.desk, text: d.desk })));
  desks.value = article.desk;
  $('article-form').hidden = false;
  $('article-tools').hidden = true;
  $('edit-title').focus();
}

async function saveArticle(event) {
  event.preventDefault();
  const article = state.article;
  const body = {
    title: $('edit-title').value.trim(), text: article.text, url: article.url || undefined,
    publishedAt: $('edit-date').value || undefined, source: $('edit-source').value.trim() || undefined, desk: $('edit-desk').value,
  };
  const response = await api(`/api/articles/${encodeURIComponent(article.id)}`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  $('article-form').hidden = true;
  $('article-tools').hidden = false;
  if (!response.ok) { $('article-status').textContent = `Not saved: ${await errorMessage(response)}`; return; }
  await openSource({ articleId: article.id, title: body.title, source: article.source, start: -1, end: -1 }, state.lastFocus);
  $('article-status').textContent = 'Saved.';
  if (state.library.loaded) loadLibrary();
}

function askDelete() {
  $('article-confirm').hidden = false;
  $('article-tools').hidden = true;
  $('article-delete-no').focus();
}

async function deleteArticle() {
  const article = state.article;
  const response = await api(`/api/articles/${encodeURIComponent(article.id)}`, { method: 'DELETE' });
  $('article-confirm').hidden = true;
  if (!response.ok) {
    $('article-tools').hidden = false;
    $('article-status').textContent = `Not deleted: ${await errorMessage(response)}`;
    return;
  }
  closeSource();
  $('library-count').textContent = `“${article.title}” was deleted.`;
  if (state.library.loaded) await loadLibrary();
}

function closeSource() {
  $('source-panel').hidden = true;
  if (state.lastFocus && state.lastFocus.isConnected) state.lastFocus.focus();
}

/** Starts a new conversation; the open one stays in the list. */
function clearConversation() {
  stopAnswer();
  leaveShared();
  state.conversationId = null;
  remember(null);
  $('conversation').replaceChildren();
  $('conversation-tools').hidden = true;
  $('empty').hidden = false;
  closeSource();
  markCurrent();
  $('question').focus();
}

/** On load: a shared link, else the conversation this tab had open. */
async function restore() {
  const shared = new URLSearchParams(window.location.search).get('shared');
  if (shared) {
    await showShared(shared);
    return;
  }
  let id = null;
  try { id = sessionStorage.getItem(STORE); } catch (e) { /* storage disabled */ }
  if (id) await openConversation(id);
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
  $('history-toggle').addEventListener('click', toggleHistory);
  let searchTimer = null;
  $('history-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    state.historyShown = HISTORY_PAGE;
    searchTimer = setTimeout(loadHistory, 250);
  });
  $('history-more').addEventListener('click', () => { state.historyShown += HISTORY_PAGE; loadHistory(); });
  $('share').addEventListener('click', share);
  $('share-stop').addEventListener('click', stopSharing);
  $('share-copy').addEventListener('click', copyShareLink);
  $('export-md').addEventListener('click', () => exportConversation('markdown'));
  $('export-json').addEventListener('click', () => exportConversation('json'));
  $('view-chat').addEventListener('click', () => showView('chat'));
  $('view-library').addEventListener('click', () => showView('library'));
  $('view-tools').addEventListener('click', () => showView('tools'));
  $('upload-files').addEventListener('change', (event) => { uploadFiles([...event.target.files]); event.target.value = ''; });
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => { event.preventDefault(); zone.classList.remove('over'); uploadFiles([...event.dataTransfer.files]); });
  $('page-form').addEventListener('submit', addPage);
  $('import-form').addEventListener('submit', startImport);
  $('feed-form').addEventListener('submit', addFeed);
  $('library-form').addEventListener('submit', (event) => { event.preventDefault(); state.library.offset = 0; loadLibrary(); });
  for (const id of ['library-from', 'library-to', 'library-source', 'library-desk', 'library-sort']) {
    $(id).addEventListener('change', () => { state.library.offset = 0; loadLibrary(); });
  }
  $('library-prev').addEventListener('click', () => { state.library.offset = Math.max(0, state.library.offset - state.library.limit); loadLibrary(); });
  $('library-next').addEventListener('click', () => { state.library.offset += state.library.limit; loadLibrary(); });
  $('article-edit').addEventListener('click', editArticle);
  $('article-form').addEventListener('submit', saveArticle);
  $('edit-cancel').addEventListener('click', () => { $('article-form').hidden = true; $('article-tools').hidden = false; });
  $('article-delete').addEventListener('click', askDelete);
  $('article-delete-yes').addEventListener('click', deleteArticle);
  $('article-delete-no').addEventListener('click', () => { $('article-confirm').hidden = true; $('article-tools').hidden = false; });
  $('stop').addEventListener('click', stopAnswer);
  $('source-close').addEventListener('click', closeSource);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('source-panel').hidden) closeSource();
  });
  loadStarters();
  loadSources();
  loadDesks();
  loadHistory();
  restore();
  question.focus();
}

init();
