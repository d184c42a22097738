'use strict';
// The polynews web page: plain JavaScript over the JSON API, no build step. Views are chosen by the URL
// hash (#/event/ID, #/compare?a=…&b=…) so every view can be bookmarked and reached with the keyboard.

const main = document.getElementById('main');
const DIMENSIONS = ['geography', 'entities', 'time', 'narrative', 'overall', 'style', 'tone'];
const PAGE = 20;

// ---- small helpers ------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) { // a list of lists (a separator and a badge per item) too
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children.flat(Infinity)) { // a list of lists (a separator and a badge per item) too
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The browser's language (two letters, else none). */
const BROWSER_LANGUAGE = ((navigator.language || '').split('-')[0] || '').toLowerCase();

/** The language events and storylines are titled in where they can be: the one picked on the page, else the browser's. */
function readerLanguage() {
  return localStorage.getItem('polynews-titles') || BROWSER_LANGUAGE;
}

function inReaderLanguage(path) {
  const language = readerLanguage();
  if (!/^[a-z]{2}$/.test(language) || !/^\/api\/(events|storylines)/.test(path)) return path;
  return path + (path.includes('?') ? '&' : '?') + 'lang=' + language;
}

async function api(path, options) {
  const response = await fetch(options ? path : inReaderLanguage(path), options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : response.status + ' ' + response.statusText);
    error.body = body;
    throw error;
  }
  return body;
}

/** Text in its own language and direction: Arabic and Persian read right to left. */
function prose(tag, text, language, attrs) {
  return el(tag, Object.assign({dir: 'auto', lang: language || null}, attrs || {}), text || '');
}

function languageBadges(languages) {
  return (languages || []).map(l => el('span', {class: 'badge lang', title: 'language: ' + l}, l));
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function show(...nodes) {
  main.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined && n !== false));
}

function failure(error) {
  return el('p', {class: 'error', role: 'alert'}, error.message || String(error));
}

// ---- routing and filters ------------------------------------------------------------------------------

function currentRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return {parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '')};
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const name of ['language', 'from', 'to', 'site']) {
    if (params.get(name)) out.set(name, params.get(name));
  }
  return out;
}

function syncFilterInputs(params) {
  document.getElementById('f-language').value = params.get('language') || '';
  document.getElementById('f-from').value = params.get('from') || '';
  document.getElementById('f-to').value = params.get('to') || '';
}

function applyFilters(clear) {
  const route = currentRoute();
  const params = route.params;
  for (const [name, id] of [['language', 'f-language'], ['from', 'f-from'], ['to', 'f-to']]) {
    const value = clear ? '' : document.getElementById(id).value;
    if (value) params.set(name, value); else params.delete(name);
  }
  params.delete('offset');
  const path = route.parts.length ? '/' + route.parts.map(encodeURIComponent).join('/') : '/';
  location.hash = '#' + path + (params.toString() ? '?' + params : '');
}

async function render() {
  const {parts, params} = currentRoute();
  syncFilterInputs(params);
  const section = parts[0] || 'storylines';
  document.querySelectorAll('[data-nav]').forEach(a => {
    if (a.dataset.nav === section || (section === 'storyline' && a.dataset.nav === 'storylines')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  show(el('p', {class: 'loading'}, 'Loading…'));
  try {
    switch (section) {
      case 'storylines': await storylinesView(params); break;
      case 'storyline': await storylineView(parts[1]); break;
      case 'events': await eventsView(params); break;
      case 'event': await eventView(parts[1]); break;
      case 'article': await articleView(parts[1]); break;
      case 'compare': await compareView(params); break;
      case 'search': await searchView(params); break;
      case 'upload': uploadView(); break;
      default: show(failure(new Error('No such page: ' + location.hash)));
    }
  } catch (error) {
    show(failure(error));
  }
  main.focus({preventScroll: true});
}

function pager(params, total, base) {
  const offset = Number(params.get('offset') || 0);
  const link = (to, label) => {
    const p = new URLSearchParams(params);
    p.set('offset', to);
    return el('a', {href: '#' + base + '?' + p}, label);
  };
  return el('nav', {class: 'pager', 'aria-label': 'Pages'},
    offset > 0 ? link(Math.max(0, offset - PAGE), '← newer') : null,
    el('span', {class: 'meta'}, total === 0 ? 'nothing found' : (offset + 1) + '–' + Math.min(total, offset + PAGE) + ' of ' + total),
    offset + PAGE < total ? link(offset + PAGE, 'older →') : null);
}

// ---- timelines ----------------------------------------------------------------------------------------

/** Events on a time axis: one dot per event, its size by article count; undated events at the right end. */
const DAY_MS = 864e5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Tick steps, finest first: days, weeks, months, years. */
const TICK_STEPS = [[1, 'day'], [2, 'day'], [7, 'day'], [14, 'day'], [1, 'month'], [2, 'month'], [3, 'month'], [6, 'month'],
  [1, 'year'], [2, 'year'], [5, 'year'], [10, 'year'], [25, 'year']];
const LABEL_FONT = 12, TICK_FONT = 11, LANE = 16, GAP = 8;
let textMeasure = null;

/** How wide a text is drawn at a font size, in pixels (a canvas measures it before the chart is on the page). */
function textWidth(text, size) {
  if (!textMeasure) textMeasure = document.createElement('canvas').getContext('2d');
  textMeasure.font = size + 'px ' + getComputedStyle(document.body).fontFamily;
  return textMeasure.measureText(text).width;
}

/** Dates (UTC ms) from min to max where the axis gets a tick, at most maxTicks, and how to write them. */
function ticks(min, max, maxTicks) {
  for (const [n, unit] of TICK_STEPS) {
    const out = [];
    const d = new Date(min);
    if (unit === 'day') d.setUTCHours(0, 0, 0, 0);
    if (unit === 'month') d.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() - d.getUTCMonth() % n, 1);
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - d.getUTCFullYear() % n, 0, 1);
    d.setUTCHours(0, 0, 0, 0);
    while (d.getTime() <= max && out.length <= maxTicks) {
      if (d.getTime() >= min) out.push(d.getTime());
      if (unit === 'day') d.setTime(d.getTime() + n * DAY_MS);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
      if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
    }
    if (out.length <= maxTicks) {
      const write = t => {
        const day = new Date(t);
        return unit === 'year' ? String(day.getUTCFullYear())
          : unit === 'month' ? MONTHS[day.getUTCMonth()] + ' ' + day.getUTCFullYear()
          : day.getUTCDate() + ' ' + MONTHS[day.getUTCMonth()] + (t === out[0] || day.getUTCMonth() === 0 && day.getUTCDate() <= n ? ' ' + day.getUTCFullYear() : '');
      };
      return out.map(t => ({t, text: write(t)}));
    }
  }
  return [];
}

/**
 * Events on a dated axis (ticks by day, month or year as the span needs), undated ones in a lane of their own. A
 * label goes in the first of four lanes (above, below, then further out) where it overlaps none; an event whose
 * label fits nowhere keeps its dot and its tooltip. Drawn at the width it is shown at, so text stays 12 pixels.
 */
function timeline(events, preferred) {
  const width = Math.round(Math.max(280, Math.min(preferred, (main.clientWidth || preferred) - 48)));
  const dated = events.filter(e => e.first_published).sort((a, b) => Date.parse(a.first_published) - Date.parse(b.first_published));
  const undated = events.filter(e => !e.first_published);
  const radius = e => 4 + Math.min(8, 2 * Math.sqrt(e.article_count || 1));
  const pad = 20, left = pad, right = width - pad;
  const times = dated.map(e => Date.parse(e.first_published));
  const min = Math.min(...times), max = Math.max(...times);
  const x = t => dated.length <= 1 || max === min ? (left + right) / 2 : left + (right - left) * (t - min) / (max - min);
  // labels first, lane by lane (0 above, 1 below, 2 further above, 3 further below), then the height they need
  const laneEnds = [-Infinity, -Infinity, -Infinity, -Infinity];
  const placed = dated.map(e => {
    const cx = x(Date.parse(e.first_published));
    const title = e.title || e.id;
    const text = (title.length > 34 ? title.slice(0, 32) + '…' : title) + ' [' + e.languages.join(' ') + ']';
    const w = textWidth(text, LABEL_FONT);
    const from = Math.min(Math.max(0, cx - w / 2), width - w);
    const lane = w <= width ? laneEnds.findIndex(end => from >= end + GAP) : -1;
    if (lane >= 0) laneEnds[lane] = from + w;
    return {e, cx, text, from, lane};
  });
  const above = placed.some(p => p.lane === 2) ? 2 : placed.some(p => p.lane === 0) ? 1 : 0;
  const below = placed.some(p => p.lane === 3) ? 2 : placed.some(p => p.lane === 1) ? 1 : 0;
  const axis = GAP + above * LANE + 14;
  const baseline = lane => lane % 2 === 0 ? axis - 18 - (lane / 2) * LANE : axis + 28 + ((lane - 1) / 2) * LANE;
  const tickRow = axis + 14 + below * LANE + 16;
  const undatedRow = tickRow + 26;
  const height = undated.length ? undatedRow + 16 : tickRow + 6;
  const chart = svg('svg', {class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Timeline of ' + plural(events.length, 'event') + (undated.length ? ', ' + undated.length + ' undated' : '')});
  chart.append(svg('line', {class: 'axis', x1: left - 10, x2: right + 10, y1: axis, y2: axis}));
  if (dated.length) {
    const marks = max === min ? [{t: min, text: new Date(min).toISOString().slice(0, 10)}] : ticks(min, max, Math.max(2, Math.floor(width / 110)));
    let end = -Infinity;
    for (const tick of marks) {
      const tx = x(tick.t), w = textWidth(tick.text, TICK_FONT);
      const from = Math.min(Math.max(0, tx - w / 2), width - w);
      if (from < end + GAP) continue;
      end = from + w;
      chart.append(svg('line', {class: 'tick', x1: tx, x2: tx, y1: axis - 4, y2: axis + 4}));
      chart.append(svg('text', {class: 'tick-label', x: from, y: tickRow}, tick.text));
    }
  }
  const dot = (e, cx, cy, label) => {
    const title = e.title || e.id;
    chart.append(svg('a', {href: '#/event/' + e.id, 'aria-label': `${title}, ${e.first_published || 'undated'}, ${plural(e.article_count, 'article')} in ${e.languages.join(', ')}`},
      svg('title', {}, `${title}\n${e.first_published || 'undated'} · ${plural(e.article_count, 'article')} · ${e.languages.join(', ')} · ${plural(e.sources.length, 'source')}`),
      svg('circle', {cx, cy, r: radius(e)}),
      label));
  };
  placed.forEach(p => dot(p.e, p.cx, axis, p.lane < 0 ? null
    : svg('text', {class: 'label', x: p.from, y: baseline(p.lane)}, svg('tspan', {'unicode-bidi': 'isolate'}, p.text))));
  if (undated.length) {
    const caption = 'undated:';
    chart.append(svg('text', {class: 'tick-label', x: 0, y: undatedRow + 4}, caption));
    const start = textWidth(caption, TICK_FONT) + 16, step = Math.min(28, (width - start - 8) / undated.length);
    undated.forEach((e, k) => dot(e, start + k * step, undatedRow, null));
  }
  return chart;
}

/**
 * Who copied whom among an event's articles: a dot per article, left to right in order of publication (undated last),
 * a row per language; an arrow runs from each text to its near-copies published later, so one wire story reposted
 * forty times reads as one group, and forty own reports as forty lone dots.
 */
function provenance(articles) {
  const width = Math.round(Math.max(280, Math.min(1100, (main.clientWidth || 1100) - 48)));
  const languages = [...new Set(articles.map(a => a.language))].sort();
  const row = 30, top = 16, left = 40, right = width - 16;
  const height = top + languages.length * row;
  const order = [...articles].sort((a, b) => (a.published || '9999').localeCompare(b.published || '9999') || a.id.localeCompare(b.id));
  const at = {};
  order.forEach((a, i) => {
    at[a.id] = {x: order.length === 1 ? (left + right) / 2 : left + (right - left) * i / (order.length - 1),
      y: top + languages.indexOf(a.language) * row, rank: i};
  });
  const groups = new Set();
  const seen = new Set();
  for (const a of order) {
    if (seen.has(a.id)) continue;
    groups.add(a.id);
    const stack = [a.id];
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      (articles.find(x => x.id === id)?.near_copy_of || []).forEach(c => stack.push(c));
    }
  }
  const chart = svg('svg', {class: 'provenance', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Who copied whom: ${plural(articles.length, 'article')} in ${plural(groups.size, 'independent text')}`},
    svg('defs', {}, svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'},
      svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow'}))));
  languages.forEach((language, k) => chart.append(svg('text', {class: 'tick-label', x: 0, y: top + k * row + 4}, language)));
  for (const a of articles) {
    for (const c of a.near_copy_of) {
      const from = at[a.id], to = at[c];
      if (!to || from.rank > to.rank) continue; // each pair once, from the earlier text to the later
      chart.append(svg('line', {class: 'copy', x1: from.x, y1: from.y, x2: to.x, y2: to.y, 'marker-end': 'url(#arrow)'}));
    }
  }
  for (const a of order) {
    const p = at[a.id];
    chart.append(svg('a', {href: '#/article/' + a.id, 'aria-label': `${a.title || a.id}, ${a.published || 'undated'}, ${sourceName(a)}`},
      svg('title', {}, `${a.title || a.id}\n${a.published || 'undated'} · ${sourceName(a)}` + (a.near_copy_of.length ? '\nnear-copy of ' + a.near_copy_of.join(', ') : '')),
      svg('circle', {cx: p.x, cy: p.y, r: 6, class: a.near_copy_of.length ? 'copied' : 'own'})));
  }
  return el('figure', {class: 'provenance'}, el('figcaption', {class: 'meta'},
    `Who copied whom: ${plural(articles.length, 'article')}, ${plural(groups.size, 'independent text')}` +
    (groups.size < articles.length ? ' (arrows run from a text to its later near-copies)' : '')), chart);
}

let worldShapes = null;
/** Longitude and latitude to the map's 720 × 360 plane (equirectangular). */
const project = ([lon, lat]) => [(lon + 180) * 2, (90 - lat) * 2];

/** The world's countries as SVG paths by numeric code (Natural Earth 1:110m from world-atlas, decoded by topojson-client), loaded once. */
async function world() {
  if (!worldShapes) {
    const atlas = await fetch('/countries-110m.json').then(r => r.json());
    const ring = points => 'M' + points.map(p => project(p).map(v => v.toFixed(1)).join(',')).join('L') + 'Z';
    worldShapes = topojson.feature(atlas, atlas.objects.countries).features.map(f => ({
      id: f.id, name: f.properties.name,
      d: (f.geometry ? (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) : [])
        .flatMap(polygon => polygon.map(ring)).join('')}));
  }
  return worldShapes;
}

/**
 * The countries an event's articles place it in, shaded by how many articles name a place there, and the cities they
 * name as dots sized by their articles; no tile server.
 */
async function placeMap(countries, cities) {
  if (!countries || !countries.length) return null;
  const shapes = await world();
  const most = Math.max(...countries.map(c => c.articles));
  const byNumeric = Object.fromEntries(countries.map(c => [c.numeric, c]));
  const chart = svg('svg', {class: 'map', viewBox: '0 0 720 300', role: 'img',
    'aria-label': 'Map of the countries named: ' + countries.map(c => `${c.name} (${plural(c.articles, 'article')})`).join(', ')});
  for (const shape of shapes) {
    const c = byNumeric[shape.id];
    chart.append(svg('path', c ? {d: shape.d, class: 'named', 'data-country': c.country, style: `fill-opacity: ${(0.35 + 0.65 * c.articles / most).toFixed(2)}`}
      : {d: shape.d}, c ? svg('title', {}, `${c.name}: ${plural(c.articles, 'article')} (${c.places.join(', ')})`) : null));
  }
  const mostInCity = Math.max(1, ...(cities || []).map(c => c.articles));
  for (const city of cities || []) {
    const [x, y] = project([city.longitude, city.latitude]);
    chart.append(svg('circle', {cx: x.toFixed(1), cy: y.toFixed(1), r: (2.5 + 3.5 * city.articles / mostInCity).toFixed(1), class: 'city',
      'data-place': city.id}, svg('title', {}, `${city.name}: ${plural(city.articles, 'article')}`)));
  }
  return el('figure', {class: 'place-map'}, el('figcaption', {class: 'meta'}, 'Where: ' +
    countries.map(c => `${c.name} (${c.articles})`).join(', ') +
    (cities && cities.length ? ' · cities: ' + cities.map(c => `${c.name} (${c.articles})`).join(', ') : '')), chart);
}

/** Where an article is from, as a reader names it: its site, else its address's host, else its file's name (not a path). */
function sourceName(a) {
  if (a.site) return a.site;
  if (a.url) {
    try { return new URL(a.url).hostname.replace(/^www\./, ''); } catch (e) { /* not an address: fall through */ }
  }
  const source = a.source || '';
  return source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1) || null;
}

function eventCard(e) {
  return el('article', {class: 'card'},
    el('h3', {}, el('a', {href: '#/event/' + e.id}, prose('span', e.title || e.id))),
    el('div', {class: 'meta'}, (e.first_published || 'undated') + (e.last_published && e.last_published !== e.first_published ? ' … ' + e.last_published : ''),
      ' · ', plural(e.article_count, 'article'), ' · ', plural(e.sources.length, 'source'), ' '),
    el('div', {class: 'chips'}, languageBadges(e.languages)));
}

// ---- views --------------------------------------------------------------------------------------------

/** Storylines of one article listed on the home page, in a folded list under the cards of the others. */
const SINGLES_SHOWN = 50;

async function storylinesView(params) {
  const query = filterParams(params);
  query.set('limit', PAGE);
  query.set('offset', params.get('offset') || 0);
  query.set('min_articles', 2);
  const singlesQuery = filterParams(params);
  singlesQuery.set('max_articles', 1);
  singlesQuery.set('limit', SINGLES_SHOWN);
  const [page, singles] = await Promise.all([api('/api/storylines?' + query), api('/api/storylines?' + singlesQuery)]);
  const details = await Promise.all(page.items.map(s => api('/api/storylines/' + encodeURIComponent(s.id))));
  show(el('h1', {}, 'Storylines'),
    el('p', {class: 'meta'}, 'Events that continue one another, across languages. Each dot is an event; click it to see its articles.'),
    page.items.length || singles.total ? null : el('p', {}, 'No storylines yet. ', el('a', {href: '#/upload'}, 'Add articles'), ' to begin.'),
    page.items.map((s, i) => el('section', {class: 'card storyline', 'aria-label': 'Storyline ' + (s.title || s.id)},
      el('h2', {}, el('a', {href: '#/storyline/' + s.id}, prose('span', s.title || s.id))),
      el('div', {class: 'meta'}, (s.first_published || '?') + ' … ' + (s.last_published || '?'), ' · ',
        plural(s.event_count, 'event'), ' · ', plural(s.article_count, 'article'), ' '),
      el('div', {class: 'chips'}, languageBadges(s.languages)),
      coverage(s.coverage),
      timeline(details[i].events, 900))),
    pager(params, page.total, '/'),
    singles.total ? el('details', {class: 'singles'},
      el('summary', {}, plural(singles.total, 'storyline') + ' of a single article'),
      el('ul', {}, singles.items.map(s => el('li', {},
        el('a', {href: '#/storyline/' + s.id}, prose('span', s.title || s.id)), ' ',
        el('span', {class: 'meta'}, [s.first_published || 'undated', s.languages.join(' ')].join(' · '))))),
      singles.total > singles.items.length
        ? el('p', {class: 'meta'}, (singles.total - singles.items.length) + ' more: narrow the list with the filters above.') : null) : null);
}

async function storylineView(id) {
  const data = await api('/api/storylines/' + encodeURIComponent(id));
  const s = data.storyline;
  show(el('p', {class: 'meta'}, el('a', {href: '#/'}, '← all storylines')),
    el('h1', {}, prose('span', s.title || s.id)),
    el('div', {class: 'meta'}, (s.first_published || '?') + ' … ' + (s.last_published || '?'), ' · ',
      plural(s.event_count, 'event'), ' · ', plural(s.article_count, 'article'), ' '),
    el('div', {class: 'chips'}, languageBadges(s.languages)),
    coverage(s.coverage),
    timeline(data.events, 1100),
    el('h2', {}, 'Events in time order'),
    data.events.map(eventCard));
}

async function eventsView(params) {
  const query = filterParams(params);
  query.set('limit', PAGE);
  query.set('offset', params.get('offset') || 0);
  const page = await api('/api/events?' + query);
  show(el('h1', {}, 'Events'),
    el('p', {class: 'meta'}, 'Articles that report the same happening, in any language; the most independently covered and recent first.'),
    page.items.map(eventCard),
    pager(params, page.total, '/events'));
}

async function eventView(id) {
  const data = await api('/api/events/' + encodeURIComponent(id));
  const e = data.event;
  const picked = [];
  const compareButton = el('button', {type: 'button', disabled: true, id: 'compare-picked',
    onclick: () => { location.hash = '#/compare?a=' + picked[0] + '&b=' + picked[1]; }}, 'Compare the two picked articles');
  const pick = (articleId, box) => {
    if (box.checked) picked.push(articleId); else picked.splice(picked.indexOf(articleId), 1);
    while (picked.length > 2) {
      const dropped = picked.shift();
      const other = document.getElementById('pick-' + dropped);
      if (other) other.checked = false;
    }
    compareButton.disabled = picked.length !== 2;
  };
  const byLanguage = {};
  for (const a of data.articles) (byLanguage[a.language] = byLanguage[a.language] || []).push(a);
  const columns = Object.keys(byLanguage).sort().map(language => el('section', {class: 'column', 'aria-label': 'Articles in ' + language},
    el('h2', {}, language + ' · ' + byLanguage[language].length),
    byLanguage[language].map(a => el('article', {class: 'card event-article', 'data-article': a.id},
      el('h3', {}, el('a', {href: '#/article/' + a.id}, prose('span', a.title || a.id, a.language))),
      el('div', {class: 'meta'}, [a.published || 'undated', sourceName(a)].filter(Boolean).join(' · ')),
      a.near_copy_of.length ? el('div', {}, el('span', {class: 'badge copy', title: 'shares most of its text with ' + a.near_copy_of.join(', ')},
        'near-copy of ' + a.near_copy_of.join(', '))) : null,
      prose('p', a.lead, a.language, {class: 'text'}),
      a.entities.length ? el('div', {class: 'meta'}, 'Names: ', prose('span', a.entities.join(', '), a.language)) : null,
      a.places.length ? el('div', {class: 'meta'}, 'Places: ' + a.places.join(', ')) : null,
      el('label', {class: 'pick'}, el('input', {type: 'checkbox', id: 'pick-' + a.id, onchange: ev => pick(a.id, ev.target)}), ' pick to compare')))));
  const shared = (items, kind) => items.length
    ? el('div', {class: 'chips'}, el('strong', {}, kind + ': '), items.map(s => el('span', {class: 'badge', title: 'written: ' + s.written.join(' · ')},
        prose('span', s.name), ` (${s.articles} articles, ${s.languages.join(' ')})`)))
    : null;
  show(e.storyline ? el('p', {class: 'meta'}, el('a', {href: '#/storyline/' + e.storyline}, '← storyline')) : null,
    el('h1', {}, prose('span', e.title || e.id)),
    el('div', {class: 'meta'}, (e.first_published || 'undated'), ' · ', plural(e.article_count, 'article'), ' · ', plural(e.sources.length, 'source'), ' '),
    el('div', {class: 'chips'}, languageBadges(e.languages)),
    coverage(e.coverage),
    linkReason(e.storyline_link),
    shared(data.shared_entities, 'Shared names'),
    shared(data.shared_places, 'Shared places'),
    data.near_copies.length ? el('p', {class: 'meta'}, plural(data.near_copies.length, 'near-copy pair') + ' (syndicated or re-posted text) marked below.') : null,
    provenance(data.articles),
    await placeMap(data.map, data.map_cities),
    el('div', {class: 'form-row'}, compareButton),
    el('div', {class: 'columns'}, columns));
}

/** Who reported it: independent sources and sites, how it spread between languages, and a bar of its languages. */
function coverage(c) {
  if (!c) return null;
  const bar = el('div', {class: 'coverage-bar', role: 'img', 'aria-label': 'Articles by language: ' +
      Object.entries(c.languages).map(([language, n]) => language + ' ' + n).join(', ')},
    Object.entries(c.languages).map(([language, n]) => el('span', {style: `flex-grow: ${n}`, title: `${language}: ${plural(n, 'article')}`}, language)));
  return el('div', {class: 'coverage'},
    el('p', {class: 'meta'}, plural(c.independent_sources, 'independent source') + ' · ' + plural(c.sites, 'site') +
      (c.spread ? ' · ' + c.spread : '')),
    bar,
    c.blindspots && c.blindspots.languages.length ? el('p', {class: 'meta blindspots'}, 'Silent in ',
      c.blindspots.languages.map((s, i) => [i ? ', ' : '', el('span', {class: 'badge lang', title: `${plural(s.articles, 'article')} in ${s.code} on ${s.about.join(', ')} in other stories`}, s.code),
        ` (${s.articles})`]),
      ': articles in these languages name its people and places in other stories.') : null);
}

/** Why an event continues its storyline: what they share, and how well it fits. */
function linkReason(link) {
  if (!link) return null;
  const parts = [['names', link.names], ['places', link.places], ['words', link.words]]
    .filter(([, items]) => items.length).map(([kind, items]) => kind + ': ' + items.join(', '));
  return el('p', {class: 'meta link-reason'}, `In this storyline (probability ${link.score.toFixed(2)}) for the shared ` + parts.join('; '));
}

async function articleView(id) {
  const data = await api('/api/articles/' + encodeURIComponent(id));
  const a = data.article, art = a.article;
  show(data.event ? el('p', {class: 'meta'}, el('a', {href: '#/event/' + data.event}, '← event')) : null,
    el('h1', {}, prose('span', art.title || a.id, a.language)),
    el('div', {class: 'meta'}, [art.published || 'undated', art.author, art.site, art.source].filter(Boolean).join(' · ')),
    el('div', {class: 'chips'}, languageBadges([a.language])),
    a.entities.length ? el('p', {class: 'meta'}, 'Names: ', prose('span', a.entities.map(e => e.name).join(', '), a.language)) : null,
    a.places.length ? el('p', {class: 'meta'}, 'Places: ' + a.places.map(p => p.place.name).join(', ')) : null,
    el('div', {class: 'form-row'}, el('a', {href: '#/compare?a=' + a.id}, 'Compare with another article…')),
    el('div', {class: 'card'}, art.paragraphs.map(p => prose('p', p, a.language))));
}

async function compareView(params) {
  const a = params.get('a') || '', b = params.get('b') || '';
  const form = el('form', {class: 'form-row', id: 'compare-form', onsubmit: ev => {
    ev.preventDefault();
    location.hash = '#/compare?a=' + encodeURIComponent(ev.target.a.value.trim()) + '&b=' + encodeURIComponent(ev.target.b.value.trim());
  }},
    el('label', {}, 'Article A ', el('input', {name: 'a', value: a, required: true, placeholder: 'id', size: 16})),
    el('label', {}, 'Article B ', el('input', {name: 'b', value: b, required: true, placeholder: 'id', size: 16})),
    el('button', {type: 'submit'}, 'Compare'));
  if (!a || !b) {
    show(el('h1', {}, 'Compare two articles'),
      el('p', {class: 'meta'}, 'Give two article ids (from an event page, pick two articles), or an id prefix.'), form);
    return;
  }
  const data = await api('/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
  const c = data.comparison;
  const marks = side => [
    ...(side === 'a' ? c.shared.passages_in_first : c.shared.passages_in_second).map(t => ({text: t, cls: 'passage'})),
    ...c.shared.names.map(n => ({text: side === 'a' ? n.in_first : n.in_second, cls: 'name'})),
    ...c.shared.places.map(p => ({text: side === 'a' ? p.in_first : p.in_second, cls: 'place'}))];
  const text = (side, article) => el('section', {class: 'card', 'aria-label': 'Article ' + side.toUpperCase()},
    el('h2', {}, side.toUpperCase() + ': ', el('a', {href: '#/article/' + article.id}, prose('span', article.title || article.id, article.language))),
    el('div', {class: 'meta'}, [article.published || 'undated', article.site].filter(Boolean).join(' · '), ' '),
    el('div', {class: 'chips'}, languageBadges([article.language])),
    article.paragraphs.map(p => el('p', {dir: 'auto', lang: article.language}, highlighted(p, marks(side)))));
  show(el('h1', {}, 'Comparison'), form,
    scoreChart(c.dimensions),
    c.near_copy > 0 ? el('p', {class: 'meta'}, `Near-copy estimate: ${Math.round(100 * c.near_copy)}% of 5-word passages shared.`) : null,
    el('details', {class: 'evidence'}, el('summary', {}, 'Evidence for each score'),
      el('dl', {}, c.dimensions.map(d => [el('dt', {}, `${d.dimension.toLowerCase()} ${d.score.toFixed(2)}`), d.evidence.map(x => el('dd', {dir: 'auto'}, x))]))),
    el('p', {class: 'legend'}, el('span', {}, el('mark', {class: 'name'}, 'shared name')), el('span', {}, el('mark', {class: 'place'}, 'shared place')),
      el('span', {}, el('mark', {class: 'passage'}, 'overlapping passage'))),
    el('div', {class: 'side-by-side'}, text('a', data.a), text('b', data.b)));
}

/** The seven scores as bars: the longer the bar, the more similar (1 = very similar … 4 = very dissimilar). */
function scoreChart(dimensions) {
  const row = 26, width = 620, left = 90, barWidth = 440;
  const chart = svg('svg', {class: 'scores', viewBox: `0 0 ${width} ${row * dimensions.length + 30}`, role: 'img',
    'aria-label': 'Scores: ' + dimensions.map(d => d.dimension.toLowerCase() + ' ' + d.score.toFixed(2)).join(', ')});
  [1, 2, 3, 4].forEach(v => {
    const x = left + barWidth * (4 - v) / 3;
    chart.append(svg('line', {class: 'tick', x1: x, x2: x, y1: 0, y2: row * dimensions.length}));
    chart.append(svg('text', {x, y: row * dimensions.length + 16, 'text-anchor': 'middle'}, v === 1 ? '1 very similar' : v === 4 ? '4 very dissimilar' : v));
  });
  dimensions.forEach((d, i) => {
    const y = i * row + 4;
    chart.append(svg('text', {x: 0, y: y + 14}, d.dimension.toLowerCase()));
    chart.append(svg('rect', {class: 'track', x: left, y, width: barWidth, height: row - 10, rx: 3}));
    chart.append(svg('rect', {class: 'bar', x: left, y, width: Math.max(2, barWidth * (4 - d.score) / 3), height: row - 10, rx: 3}));
    chart.append(svg('text', {x: left + barWidth + 10, y: y + 14}, d.score.toFixed(2)));
  });
  return chart;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** A paragraph with every shared name, place and passage marked; overlapping marks share one element. */
function highlighted(text, marks) {
  const classes = new Array(text.length).fill(null).map(() => new Set());
  for (const mark of marks) {
    if (!mark.text || mark.text.length < 2) continue;
    for (let at = text.indexOf(mark.text); at >= 0; at = text.indexOf(mark.text, at + 1)) {
      const end = at + mark.text.length;
      // whole words only: "المغرب" (Morocco) is not marked inside "المغربية" (Moroccan)
      if (WORD.test(text.charAt(at - 1)) || WORD.test(text.charAt(end))) continue;
      for (let i = at; i < end; i++) classes[i].add(mark.cls);
    }
  }
  const out = document.createDocumentFragment();
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const key = i < text.length ? [...classes[i]].sort().join(' ') : null;
    const current = [...classes[start]].sort().join(' ');
    if (i === text.length || key !== current) {
      const piece = text.slice(start, i);
      out.append(current ? el('mark', {class: current}, piece) : document.createTextNode(piece));
      start = i;
    }
  }
  return out;
}

async function searchView(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  if (!q) {
    show(el('h1', {}, 'Search'), el('p', {}, 'Type words in any language in the search box.'));
    return;
  }
  const query = filterParams(params);
  query.set('q', q);
  const data = await api('/api/search?' + query);
  const hit = h => el('article', {class: 'card hit'},
    el('h3', {}, el('a', {href: '#/article/' + h.id}, prose('span', h.title || h.id, h.language))),
    el('div', {class: 'meta'}, [h.published || 'undated', h.site, 'score ' + h.score].filter(Boolean).join(' · '), ' ',
      ...languageBadges([h.language]), h.event ? el('a', {href: '#/event/' + h.event}, 'event') : null),
    el('p', {class: 'snippet', dir: 'auto', lang: h.language || null},
      highlighted(h.snippet || '', (h.matched || []).map(t => ({text: t, cls: 'match'})))));
  // hits reporting one event are shown together, where the best of them ranks
  const groups = [];
  const byEvent = {};
  for (const h of data.hits) {
    const key = h.event || h.id;
    if (!byEvent[key]) groups.push(byEvent[key] = {event: h.event, hits: []});
    byEvent[key].hits.push(h);
  }
  show(el('h1', {}, 'Search: ', prose('span', q)),
    el('p', {class: 'meta'}, data.hits.length ? plural(data.hits.length, 'article') + ' in ' + plural(groups.length, 'event') + ', best first'
      : 'No article matches.'),
    groups.map(g => g.hits.length === 1 ? hit(g.hits[0]) : el('section', {class: 'hit-group', 'aria-label': 'One event'},
      el('div', {class: 'meta'}, el('a', {href: '#/event/' + g.event}, 'One event'), ': ' + plural(g.hits.length, 'article') + ' of these results ',
        ...languageBadges([...new Set(g.hits.map(h => h.language))])),
      g.hits.map(hit))));
}

function uploadView() {
  const result = el('div', {id: 'upload-result', 'aria-live': 'polite'});
  const tokenInput = el('input', {name: 'token', type: 'password', autocomplete: 'off', value: sessionStorage.getItem('polynews-token') || ''});
  const form = el('form', {id: 'upload-form', onsubmit: async ev => {
    ev.preventDefault();
    const f = ev.target;
    const file = f.file.files[0];
    const body = file ? await file.text() : f.content.value;
    if (!body.trim()) {
      result.replaceChildren(failure(new Error('Choose a file or paste an article first.')));
      return;
    }
    const type = f.type.value !== 'auto' ? f.type.value : file ? typeOf(file.name) : guessType(body);
    sessionStorage.setItem('polynews-token', f.token.value);
    const headers = {'Content-Type': type};
    if (f.token.value) headers['Authorization'] = 'Bearer ' + f.token.value;
    result.replaceChildren(el('p', {class: 'meta'}, 'Adding…'));
    try {
      const answer = await api('/api/articles?source=' + encodeURIComponent(file ? file.name : 'pasted'), {method: 'POST', headers, body});
      result.replaceChildren(uploadSummary(answer));
      f.reset();
      f.token.value = sessionStorage.getItem('polynews-token') || '';
    } catch (error) {
      result.replaceChildren(failure(error), error.body && error.body.problems ? uploadProblems(error.body.problems) : '');
    }
  }},
    el('div', {class: 'form-row'}, el('label', {}, 'File (HTML, text, JSON or JSON Lines) ', el('input', {name: 'file', type: 'file', accept: '.html,.htm,.txt,.md,.json,.jsonl,.ndjson'}))),
    el('label', {for: 'content'}, '…or paste an article (first line: the title):'),
    el('textarea', {id: 'content', name: 'content', dir: 'auto'}),
    el('div', {class: 'form-row'},
      el('label', {}, 'Read as ', el('select', {name: 'type'}, ['auto', 'text/plain', 'text/html', 'application/json', 'application/x-ndjson'].map(t => el('option', {value: t}, t)))),
      el('label', {}, 'Token (if the server needs one) ', tokenInput),
      el('button', {type: 'submit'}, 'Add')));
  show(el('h1', {}, 'Add articles'), form, result);
}

function typeOf(name) {
  const n = name.toLowerCase();
  if (n.endsWith('.html') || n.endsWith('.htm')) return 'text/html';
  if (n.endsWith('.jsonl') || n.endsWith('.ndjson')) return 'application/x-ndjson';
  if (n.endsWith('.json')) return 'application/json';
  return 'text/plain';
}

function guessType(body) {
  const t = body.trim();
  if (t.startsWith('{') || t.startsWith('[')) return 'application/json';
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(t)) return 'text/html';
  return 'text/plain';
}

function uploadSummary(answer) {
  return el('div', {class: 'ok'},
    el('p', {}, `${plural(answer.added, 'new article')} added, ${answer.duplicates} already stored.`),
    el('ul', {}, answer.articles.map(a => el('li', {},
      el('a', {href: '#/article/' + a.id}, a.id), ' from ' + a.source + ' → ',
      a.event ? el('a', {href: '#/event/' + a.event}, 'its event') : 'no event', ' · ',
      a.storyline ? el('a', {href: '#/storyline/' + a.storyline}, 'its storyline') : ''))),
    answer.problems.length ? uploadProblems(answer.problems) : null);
}

function uploadProblems(problems) {
  return el('ul', {class: 'error'}, problems.map(p => el('li', {}, p.source + ': ' + p.reason)));
}

// ---- start --------------------------------------------------------------------------------------------

async function loadStatus() {
  try {
    const health = await api('/api/health');
    document.getElementById('status').textContent =
      `${plural(health.articles, 'article')} · ${plural(health.events, 'event')} · ${plural(health.storylines, 'storyline')}`;
    const select = document.getElementById('f-language');
    const chosen = select.value;
    select.replaceChildren(el('option', {value: ''}, 'all'), ...health.languages.map(l => el('option', {value: l}, l)));
    select.value = chosen;
    const titles = document.getElementById('f-titles');
    titles.replaceChildren(el('option', {value: ''}, 'browser' + (BROWSER_LANGUAGE ? ' (' + BROWSER_LANGUAGE + ')' : '')),
      ...health.languages.map(l => el('option', {value: l}, l)));
    titles.value = localStorage.getItem('polynews-titles') || '';
  } catch (error) {
    document.getElementById('status').textContent = 'server unreachable: ' + error.message;
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) {
    const params = filterParams(currentRoute().params);
    params.set('q', q);
    location.hash = '#/search?' + params;
  }
});
document.getElementById('f-apply').addEventListener('click', () => applyFilters(false));
document.getElementById('f-titles').addEventListener('change', ev => {
  if (ev.target.value) localStorage.setItem('polynews-titles', ev.target.value); else localStorage.removeItem('polynews-titles');
  render();
});
document.getElementById('f-clear').addEventListener('click', () => applyFilters(true));
window.addEventListener('hashchange', () => { render(); loadStatus(); });
loadStatus().then(render);
