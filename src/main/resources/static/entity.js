// The entity page: /entity/{id} shows the entity, its facts with evidence sentences, and a drawing
// of its neighbourhood; /entity/ with the search box finds entities. Data comes from the REST API.
(function () {
  const idFromPath = decodeURIComponent(location.pathname.replace(/^\/entity\/?/, ''));
  const $ = (sel) => document.querySelector(sel);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
  const link = (entity) => { const a = el('a', entity.name); a.href = '/entity/' + encodeURIComponent(entity.id); return a; };
  const colors = { Person: '#e76f51', Country: '#2a9d8f', Organization: '#264653', City: '#8ab17d', Location: '#8ab17d', Event: '#e9c46a', Position: '#9d4edd' };

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error((await r.json().catch(() => ({}))).detail || r.statusText);
    return r.json();
  }

  $('#search').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const q = $('#q').value.trim();
    if (!q) return;
    const list = $('#results');
    list.replaceChildren();
    try {
      const hits = await getJson('/api/entities?limit=20&q=' + encodeURIComponent(q));
      hits.forEach((h) => { const li = el('li'); li.append(link(h), ' ', el('small', h.type + (h.of ? ' · ' + h.of : ''))); list.append(li); });
      if (!hits.length) list.append(el('li', 'Nothing found for “' + q + '”.'));
      list.hidden = false;
    } catch (e) { $('#message').textContent = e.message; }
  });

  function factRow(f) {
    const tr = el('tr');
    const td = (child) => { const c = el('td'); c.append(child); return c; };
    const ev = el('td', null, 'evidence');
    (f.evidence || []).slice(0, 3).forEach((v) => ev.append(el('div', '“' + v.sentence + '”')));
    tr.append(td(link(f.subject)), td(el('span', f.relation, 'rel')), td(link(f.object)), td(el('span', f.confidence.toFixed(2))), ev);
    return tr;
  }

  function draw(n) {
    const chart = echarts.init($('#graph'));
    const nodes = n.nodes.map((x) => ({ id: x.id, name: x.of ? x.name + ' (' + x.of + ')' : x.name, value: x.type, symbolSize: x.id === n.center.id ? 34 : 20,
      itemStyle: { color: colors[x.type] || '#999' }, label: { show: true, color: '#222' } }));
    const links = n.edges.map((e) => ({ source: e.source, target: e.target, value: e.relation, label: { show: true, formatter: e.relation, fontSize: 9 } }));
    chart.setOption({
      tooltip: { formatter: (p) => p.dataType === 'edge' ? p.data.value : p.data.name + ' (' + p.data.value + ')' },
      series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: links,
        edgeSymbol: ['none', 'arrow'], force: { repulsion: 260, edgeLength: 110 } }]
    });
    chart.on('click', (p) => { if (p.dataType === 'node') location.href = '/entity/' + encodeURIComponent(p.data.id); });
    $('#graph').dataset.nodes = String(nodes.length);
    $('#graph').dataset.edges = String(links.length);
  }

  async function show(id) {
    try {
      const [detail, hood] = await Promise.all([getJson('/api/entities/' + encodeURIComponent(id)),
        getJson('/api/entities/' + encodeURIComponent(id) + '/neighbors?depth=2')]);
      const e = detail.entity;
      document.title = e.name + ' · Newsgraph';
      $('#name').textContent = e.name;
      $('#meta').textContent = e.type + (e.of ? ' · ' + e.of : '') + (e.aliases.length ? ' · also: ' + e.aliases.join(', ') : '')
        + ' · in ' + detail.documents.length + ' document(s)';
      const body = $('#facts tbody');
      detail.factsOut.concat(detail.factsIn).forEach((f) => body.append(factRow(f)));
      $('#entity').hidden = false;
      draw(hood);
      document.body.dataset.ready = 'true';
    } catch (err) {
      $('#message').textContent = err.message;
      document.body.dataset.ready = 'error';
    }
  }

  if (idFromPath) show(idFromPath); else document.body.dataset.ready = 'true';
})();
