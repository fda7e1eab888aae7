// The managers' dashboard: reads the filter, fetches /api/dashboard (same origin, the session cookie),
// fills the tiles (data-kpi) and draws the charts; body[data-loaded] turns "true" after each render.
(function () {
  'use strict';

  var LANG = document.documentElement.lang || 'zh-CN';
  var ZH = LANG.indexOf('zh') === 0;
  var NUMBER = new Intl.NumberFormat(LANG);
  var DECIMAL = new Intl.NumberFormat(LANG, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var PERCENT = new Intl.NumberFormat(LANG, { style: 'percent', maximumFractionDigits: 1 });
  // The charts' colours are the stylesheet's palette (--chart-1 ... --chart-10, --chart-free).
  var STYLE = window.getComputedStyle(document.documentElement);
  var COLORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(function (i) {
    return STYLE.getPropertyValue('--chart-' + i).trim();
  });
  var FREE = STYLE.getPropertyValue('--chart-free').trim();
  if (window.Chart) {
    window.Chart.defaults.color = STYLE.getPropertyValue('--muted').trim();
    window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  }
  var charts = {};

  var form = document.getElementById('filter');
  var message = document.getElementById('message');

  function text(key) {
    return Page.t(key);
  }

  function name(row) {
    return ZH ? row.nameZh : row.nameEn;
  }

  // On a phone a school's or clinic's code is all the axis has room for.
  function place(row) {
    return window.matchMedia('(max-width: 600px)').matches ? row.code : row.code + ' ' + name(row);
  }

  function query() {
    var params = new URLSearchParams();
    ['district', 'from', 'to'].forEach(function (field) {
      var value = form.elements[field].value;
      if (value) {
        params.set(field, value);
      }
    });
    return params.toString();
  }

  function show(kpis) {
    document.querySelectorAll('[data-kpi]').forEach(function (element) {
      var key = element.dataset.kpi;
      var value = kpis[key];
      if (value === null || value === undefined) {
        element.textContent = text('kpi.none');
      } else if (key === 'approvalRate' || key === 'automaticRate') {
        element.textContent = PERCENT.format(value);
      } else if (key === 'medianDaysToDecision' || key === 'medianHoursToDecision') {
        element.textContent = DECIMAL.format(value);
      } else {
        element.textContent = NUMBER.format(value);
      }
      element.dataset.value = value === null || value === undefined ? '' : String(value);
    });
  }

  function draw(id, type, labels, datasets, options) {
    if (!window.Chart) {
      return; // the tiles still work without the chart library
    }
    var config = {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: Object.assign({
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: datasets.length > 1 || type === 'doughnut' } },
        scales: type === 'doughnut' ? {} : { x: { ticks: { autoSkip: false } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }, options || {})
    };
    if (charts[id]) {
      charts[id].data = config.data;
      charts[id].options = config.options;
      charts[id].update();
    } else {
      charts[id] = new window.Chart(document.getElementById(id), config);
    }
  }

  function bar(label, values, color) {
    return { label: label, data: values, backgroundColor: color };
  }

  function render(d) {
    show(Object.assign({}, d.kpis));
    document.getElementById('period').textContent = '(' + d.filter.from + ' – ' + d.filter.to + ')';
    // Show the period the server chose when none was given, so that the manager sees what is counted.
    if (!form.elements.from.value) {
      form.elements.from.value = d.filter.from;
    }
    if (!form.elements.to.value) {
      form.elements.to.value = d.filter.to;
    }

    draw('chart-status', 'bar', d.byStatus.map(function (c) { return text('status.' + c.key); }),
      [bar(text('chart.count'), d.byStatus.map(function (c) { return c.count; }), COLORS)]);
    draw('chart-stage', 'bar', d.byStage.map(function (c) { return text('stage.' + c.key); }),
      [bar(text('chart.count'), d.byStage.map(function (c) { return c.count; }), COLORS[1])]);

    var backlog = d.backlogByDistrict;
    draw('chart-backlog', 'bar', backlog.map(name), [
      bar(text('chart.open'), backlog.map(function (b) { return b.open; }), COLORS[0]),
      bar(text('chart.dueSoon'), backlog.map(function (b) { return b.dueSoon; }), COLORS[3]),
      bar(text('chart.overdue'), backlog.map(function (b) { return b.overdue; }), COLORS[5])]);

    draw('chart-waitlist', 'bar', d.waitlistByDistrict.map(name),
      [bar(text('chart.waiting'), d.waitlistByDistrict.map(function (w) { return w.waiting; }), COLORS[4])]);

    var stacked = { scales: { x: { stacked: true, ticks: { autoSkip: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } };
    draw('chart-seats-district', 'bar', d.seatsByDistrict.map(name), [
      bar(text('chart.used'), d.seatsByDistrict.map(function (s) { return s.used; }), COLORS[0]),
      bar(text('chart.free'), d.seatsByDistrict.map(function (s) { return Math.max(0, s.capacity - s.used); }), FREE)],
      stacked);
    draw('chart-seats-school', 'bar', d.seatsBySchool.map(place), [
      bar(text('chart.used'), d.seatsBySchool.map(function (s) { return s.used; }), COLORS[1]),
      bar(text('chart.free'), d.seatsBySchool.map(function (s) { return Math.max(0, s.capacity - s.used); }), FREE)],
      { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { autoSkip: false } } } });

    draw('chart-school-way', 'doughnut', [text('chart.walking'), text('chart.withTransport')],
      [{ data: [d.schoolWay.walking, d.schoolWay.withTransport], backgroundColor: [COLORS[8], COLORS[4]] }]);

    var clinics = d.clinicRegistrations;
    draw('chart-clinics', 'bar', clinics.length ? clinics.map(place) : [text('chart.none')],
      [bar(text('chart.registrations'), clinics.length ? clinics.map(function (c) { return c.registrations; }) : [0], COLORS[2])],
      { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } });

    message.classList.remove('error');
    message.textContent = text('updated') + ' ' + new Date().toLocaleTimeString(LANG);
  }

  function failed(status, problem) {
    message.classList.add('error');
    if (status === 403) {
      message.textContent = text('error.forbidden');
    } else if (problem && problem.errors) {
      message.textContent = text('error.load') + ': ' + problem.errors.map(function (e) {
        return e.field + ' ' + e.message;
      }).join('; ');
    } else {
      message.textContent = text('error.load') + (status ? ' (' + status + ')' : '');
    }
  }

  function load() {
    var qs = query();
    document.body.dataset.loaded = 'false';
    document.getElementById('csv-link').href = '/api/dashboard.csv' + (qs ? '?' + qs : '');
    fetch('/api/dashboard' + (qs ? '?' + qs : ''), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          window.location.assign('/login');
          return null;
        }
        return response.json().catch(function () { return null; }).then(function (body) {
          if (response.ok) {
            render(body);
          } else {
            failed(response.status, body);
          }
        });
      })
      .catch(function () { failed(0, null); })
      .then(function () { document.body.dataset.loaded = 'true'; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var qs = query();
    window.history.replaceState(null, '', '/dashboard' + (qs ? '?' + qs : ''));
    load();
  });
  form.elements.district.addEventListener('change', function () { form.requestSubmit ? form.requestSubmit() : load(); });

  load();
}());
