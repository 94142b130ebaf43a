// newsgraph report: pan, zoom, search, filters, evidence panel, deep links.
// All data text goes into the page with textContent only (no HTML parsing of data).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var canvas = document.getElementById('canvas');
  var svg = canvas.querySelector('svg');
  var panel = document.getElementById('panel');
  var ptitle = document.getElementById('panel-title');
  var pbody = document.getElementById('panel-body');

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function byRef(ref) { return document.getElementById(ref); }
  function nodeName(i) { var n = data.nodes[i]; return n ? n.name : '?'; }

  // ---- pan and zoom (on the SVG viewBox) ----
  var vb = null, home = null;
  if (svg) {
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    var b = svg.viewBox && svg.viewBox.baseVal;
    if (!b || !b.width) {
      var bb = svg.getBBox();
      b = { x: bb.x, y: bb.y, width: bb.width || 100, height: bb.height || 100 };
    }
    vb = { x: b.x, y: b.y, w: b.width, h: b.height };
    home = { x: vb.x, y: vb.y, w: vb.w, h: vb.h };
  }
  function applyVb() {
    if (svg) { svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h); }
  }
  function toUser(cx, cy) {
    var ctm = svg.getScreenCTM();
    if (!ctm) { return { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 }; }
    var p = svg.createSVGPoint();
    p.x = cx; p.y = cy;
    return p.matrixTransform(ctm.inverse());
  }
  function zoom(f, cx, cy) {
    if (!svg) { return; }
    var r = svg.getBoundingClientRect();
    if (cx === undefined) { cx = r.left + r.width / 2; cy = r.top + r.height / 2; }
    var p = toUser(cx, cy);
    vb.x = p.x - (p.x - vb.x) * f;
    vb.y = p.y - (p.y - vb.y) * f;
    vb.w *= f; vb.h *= f;
    applyVb();
  }
  function centreOn(g) {
    if (!svg || !g) { return; }
    var r = g.getBoundingClientRect();
    var p = toUser(r.left + r.width / 2, r.top + r.height / 2);
    vb.x = p.x - vb.w / 2;
    vb.y = p.y - vb.h / 2;
    applyVb();
  }
  var drag = null, moved = false;
  if (svg) {
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      zoom(e.deltaY < 0 ? 0.85 : 1 / 0.85, e.clientX, e.clientY);
    }, { passive: false });
    canvas.addEventListener('mousedown', function (e) {
      drag = { x: e.clientX, y: e.clientY, vx: vb.x, vy: vb.y };
      moved = false;
    });
    window.addEventListener('mousemove', function (e) {
      if (!drag) { return; }
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) { moved = true; }
      var ctm = svg.getScreenCTM();
      var s = ctm ? 1 / ctm.a : 1;
      vb.x = drag.vx - dx * s;
      vb.y = drag.vy - dy * s;
      applyVb();
    });
    window.addEventListener('mouseup', function () { drag = null; });
  }
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(0.8); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.25); });
  document.getElementById('zoom-reset').addEventListener('click', function () {
    if (home) { vb = { x: home.x, y: home.y, w: home.w, h: home.h }; applyVb(); }
  });

  // ---- filters by kind and by relation type ----
  function uniq(list) {
    var seen = {}, out = [];
    list.forEach(function (v) { if (!seen[v]) { seen[v] = true; out.push(v); } });
    return out.sort();
  }
  var kinds = uniq(data.nodes.map(function (n) { return n.kind; }));
  var types = uniq(data.links.map(function (l) { return l.type; }));
  var shownKind = {}, shownType = {};
  function checkboxes(holder, values, state) {
    values.forEach(function (v) {
      state[v] = true;
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.value = v;
      box.addEventListener('change', function () { state[v] = box.checked; refilter(); });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + v));
      holder.appendChild(label);
    });
  }
  checkboxes(document.getElementById('kind-filters'), kinds, shownKind);
  checkboxes(document.getElementById('type-filters'), types, shownType);
  function refilter() {
    data.nodes.forEach(function (n, i) {
      var g = byRef('n' + i);
      if (g) { g.classList.toggle('hidden', !shownKind[n.kind]); }
    });
    data.links.forEach(function (l, i) {
      var g = byRef('e' + i);
      var show = shownType[l.type] && shownKind[data.nodes[l.source].kind] &&
        shownKind[data.nodes[l.target].kind];
      if (g) { g.classList.toggle('hidden', !show); }
    });
  }

  // ---- search ----
  var search = document.getElementById('search');
  var hitsLabel = document.getElementById('search-hits');
  var hits = [];
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    hits = [];
    data.nodes.forEach(function (n, i) {
      var hay = [n.name, n.id].concat(n.aliases).join('\n').toLowerCase();
      var hit = q !== '' && hay.indexOf(q) >= 0;
      var g = byRef('n' + i);
      if (g) { g.classList.toggle('hit', hit); }
      if (hit) { hits.push(i); }
    });
    hitsLabel.textContent = q === '' ? '' : hits.length + ' match' + (hits.length === 1 ? '' : 'es');
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && hits.length > 0) {
      select('n' + hits[0]);
      centreOn(byRef('n' + hits[0]));
    }
  });

  // ---- evidence panel ----
  function row(dl, term, value) {
    if (value === undefined || value === null || value === '' ||
        (Array.isArray(value) && value.length === 0)) { return; }
    dl.appendChild(el('dt', term));
    dl.appendChild(el('dd', Array.isArray(value) ? value.join('; ') : value));
  }
  function jump(ref, text) {
    var b = el('button', text, 'jump');
    b.type = 'button';
    b.addEventListener('click', function () { select(ref); centreOn(byRef(ref)); });
    return b;
  }
  function articleLine(id) {
    var a = data.articles[id] || {};
    var parts = [id];
    if (a.title) { parts.push(a.title); }
    if (a.published) { parts.push(a.published); }
    if (a.source) { parts.push(a.source); }
    return parts.join(' — ');
  }
  function showNode(i) {
    var n = data.nodes[i];
    ptitle.textContent = n.name;
    var dl = el('dl');
    row(dl, 'id', n.id);
    row(dl, 'kind', n.kind);
    row(dl, 'aliases', n.aliases);
    row(dl, 'affiliations', n.affiliations.map(function (a) {
      return [a.title, a.org_name || a.org].filter(Boolean).join(', ');
    }));
    row(dl, 'mentions', n.mention_count);
    pbody.appendChild(dl);
    pbody.appendChild(el('h3', 'Articles (' + n.articles.length + ')'));
    var ul = el('ul');
    n.articles.forEach(function (a) { ul.appendChild(el('li', articleLine(a))); });
    pbody.appendChild(ul);
    var rels = [];
    data.links.forEach(function (l, j) {
      if (l.source === i || l.target === i) { rels.push(j); }
    });
    rels.sort(function (a, b) { return data.links[b].count - data.links[a].count || a - b; });
    pbody.appendChild(el('h3', 'Top relations (' + rels.length + ')'));
    var rl = el('ul');
    rels.slice(0, 15).forEach(function (j) {
      var l = data.links[j];
      var li = el('li');
      li.appendChild(jump('e' + j, nodeName(l.source) + ' —' + l.type + '→ ' + nodeName(l.target) +
        (l.count > 1 ? ' ×' + l.count : '')));
      rl.appendChild(li);
    });
    pbody.appendChild(rl);
  }
  function showLink(i) {
    var l = data.links[i];
    ptitle.textContent = nodeName(l.source) + ' —' + l.type + '→ ' + nodeName(l.target);
    var ends = el('p');
    ends.appendChild(jump('n' + l.source, nodeName(l.source)));
    ends.appendChild(document.createTextNode(' → '));
    ends.appendChild(jump('n' + l.target, nodeName(l.target)));
    pbody.appendChild(ends);
    var dl = el('dl');
    row(dl, 'type', l.type);
    row(dl, 'CAMEO', l.cameo);
    row(dl, 'statements', l.count);
    row(dl, 'first date', l.first_date);
    row(dl, 'last date', l.last_date);
    pbody.appendChild(dl);
    pbody.appendChild(el('h3', 'Evidence (' + l.evidence.length + ')'));
    var ol = el('ol', null, 'evidence');
    l.evidence.forEach(function (e) {
      var li = el('li');
      li.appendChild(el('blockquote', e.sentence || e.text));
      if (e.sentence && e.text && e.sentence !== e.text) {
        li.appendChild(el('p', 'stated by: ' + e.text, 'trigger'));
      }
      var meta = [articleLine(e.article)];
      if (e.date) { meta.push('dated ' + e.date); }
      if (e.modality && e.modality !== 'asserted') { meta.push(e.modality); }
      li.appendChild(el('p', meta.join(' · '), 'meta'));
      ol.appendChild(li);
    });
    pbody.appendChild(ol);
    if (l.quotes && l.quotes.length) {
      pbody.appendChild(el('h3', 'Quotes (' + l.quotes.length + ')'));
      var ql = el('ol', null, 'evidence');
      l.quotes.forEach(function (q) {
        var li = el('li');
        li.appendChild(el('blockquote', (q.direct ? '“' + q.content + '”' : q.content)));
        var meta = [articleLine(q.article)];
        if (q.cue) { meta.push(q.cue); }
        if (q.date) { meta.push('dated ' + q.date); }
        li.appendChild(el('p', meta.join(' · '), 'meta'));
        ql.appendChild(li);
      });
      pbody.appendChild(ql);
    }
  }
  var current = null;
  function select(ref) {
    var m = /^([ne])(\d+)$/.exec(ref || '');
    if (!m) { return false; }
    var i = Number(m[2]);
    if (m[1] === 'n' ? !data.nodes[i] : !data.links[i]) { return false; }
    if (current && byRef(current)) { byRef(current).classList.remove('selected'); }
    while (pbody.firstChild) { pbody.removeChild(pbody.firstChild); }
    if (m[1] === 'n') { showNode(i); } else { showLink(i); }
    current = ref;
    if (byRef(ref)) { byRef(ref).classList.add('selected'); }
    panel.hidden = false;
    panel.dataset.selected = ref;
    if (location.hash !== '#select=' + ref) {
      try { history.replaceState(null, '', '#select=' + ref); } catch (err) { /* file: URLs may refuse */ }
    }
    return true;
  }
  document.getElementById('panel-close').addEventListener('click', function () {
    panel.hidden = true;
    if (current && byRef(current)) { byRef(current).classList.remove('selected'); }
    current = null;
  });
  canvas.addEventListener('click', function (e) {
    if (moved) { moved = false; return; }
    var t = e.target;
    var g = t && t.closest ? t.closest('g.node, g.edge') : null;
    if (g && /^[ne]\d+$/.test(g.id)) { select(g.id); }
  });
  function fromHash() {
    var m = /^#select=([ne]\d+)$/.exec(location.hash);
    if (m) { select(m[1]); }
  }
  window.addEventListener('hashchange', fromHash);
  window.newsgraphSelect = select;
  fromHash();
}());
