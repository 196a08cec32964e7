// The CCM's verification page. Everything happens in this browser: the code comes from the
// address's fragment (never sent to the web server), its Ed25519 signature is checked with
// WebCrypto against the keys the register published with this page, and its status is looked up
// in the status list the register signed. Nothing is loaded from anyone else.
(function (global) {
  'use strict';

  var MESSAGES = {
    fr: {
      kingdom: 'Royaume du Maroc',
      centre: 'Centre cinématographique marocain',
      title: 'Vérification d\u2019une attestation d\u2019agrément',
      checking: 'Vérification en cours\u2026',
      compare: 'Comparez avec l\u2019attestation papier',
      typeCode: 'Code de vérification imprimé sur l\u2019attestation',
      verify: 'Vérifier',
      privacy: 'Le code reste dans votre navigateur : il n\u2019est envoyé à aucun serveur.',
      valid: 'Attestation valide',
      suspended: 'Agrément suspendu',
      revoked: 'Agrément retiré',
      expired: 'Attestation expirée',
      unknown: 'Attestation inconnue',
      forged: 'Attestation falsifiée',
      why_valid: 'La signature du CCM est authentique et l\u2019agrément est en vigueur selon la liste publiée le {made}.',
      why_suspended: 'La signature est authentique, mais l\u2019agrément (ou l\u2019autorisation de la société) est suspendu selon la liste publiée le {made}.',
      why_revoked: 'La signature est authentique, mais l\u2019agrément (ou l\u2019autorisation de la société) a été retiré selon la liste publiée le {made}.',
      why_expired_date: 'La signature est authentique, mais la validité imprimée a pris fin le {until}.',
      why_expired_list: 'La signature est authentique, mais l\u2019agrément n\u2019est plus en vigueur selon la liste publiée le {made}.',
      why_no_code: 'Aucun code de vérification n\u2019a été fourni. Scannez le code QR de l\u2019attestation ou saisissez son code ci-dessous.',
      why_unreadable: 'Ce texte n\u2019est pas un code de vérification lisible.',
      why_bad_signature: 'La signature ne correspond pas aux champs imprimés : le code a été modifié ou contrefait.',
      why_unknown_key: 'Le code est signé par la clé {key}, que le CCM n\u2019a pas publiée.',
      why_not_listed: 'La signature est authentique, mais cette attestation ne figure pas dans la liste publiée le {made}.',
      why_no_list: 'La signature est authentique, mais la liste des statuts n\u2019a pas pu être lue : le statut de l\u2019agrément ne peut pas être confirmé.',
      why_no_keys: 'Les clés publiques du CCM n\u2019ont pas pu être lues : la signature ne peut pas être vérifiée.',
      why_no_crypto: 'Ce navigateur ne sait pas vérifier une signature Ed25519. Utilisez un navigateur à jour.',
      list_stale: 'Attention : la liste des statuts date du {made} et ne doit plus être considérée comme fiable après le {trust}. Le statut a pu changer depuis ; renseignez-vous auprès du CCM.',
      list_refused: 'La liste des statuts a été refusée : sa signature ne correspond pas à son contenu (liste altérée).',
      number: 'Numéro de l\u2019attestation',
      ice: 'ICE du titulaire',
      tier: 'Agrément',
      tier_N: 'Agrément d\u2019exécution de production nationale',
      tier_I: 'Agrément d\u2019exécution de production internationale',
      validFrom: 'Valable à partir du',
      validUntil: 'Valable jusqu\u2019au',
      noLimit: 'sans limitation de durée',
      issuedOn: 'Délivrée le',
      keyId: 'Clé de signature'
    },
    ar: {
      kingdom: 'المملكة المغربية',
      centre: 'المركز السينمائي المغربي',
      title: 'التحقق من شهادة اعتماد',
      checking: 'جارٍ التحقق\u2026',
      compare: 'قارنوا مع الشهادة الورقية',
      typeCode: 'رمز التحقق المطبوع على الشهادة',
      verify: 'تحقق',
      privacy: 'يبقى الرمز في متصفحكم: لا يُرسَل إلى أي خادم.',
      valid: 'شهادة صالحة',
      suspended: 'اعتماد موقوف',
      revoked: 'اعتماد مسحوب',
      expired: 'شهادة منتهية الصلاحية',
      unknown: 'شهادة غير معروفة',
      forged: 'شهادة مزورة',
      why_valid: 'توقيع المركز السينمائي المغربي أصلي والاعتماد ساري المفعول وفق القائمة المنشورة بتاريخ {made}.',
      why_suspended: 'التوقيع أصلي، لكن الاعتماد (أو رخصة الشركة) موقوف وفق القائمة المنشورة بتاريخ {made}.',
      why_revoked: 'التوقيع أصلي، لكن الاعتماد (أو رخصة الشركة) مسحوب وفق القائمة المنشورة بتاريخ {made}.',
      why_expired_date: 'التوقيع أصلي، لكن مدة الصلاحية المطبوعة انتهت بتاريخ {until}.',
      why_expired_list: 'التوقيع أصلي، لكن الاعتماد لم يعد ساري المفعول وفق القائمة المنشورة بتاريخ {made}.',
      why_no_code: 'لم يُقدَّم أي رمز تحقق. امسحوا رمز QR الموجود على الشهادة أو أدخلوا رمزها أدناه.',
      why_unreadable: 'هذا النص ليس رمز تحقق مقروءًا.',
      why_bad_signature: 'التوقيع لا يطابق البيانات المطبوعة: الرمز معدَّل أو مزور.',
      why_unknown_key: 'الرمز موقع بالمفتاح {key}، الذي لم ينشره المركز السينمائي المغربي.',
      why_not_listed: 'التوقيع أصلي، لكن هذه الشهادة غير واردة في القائمة المنشورة بتاريخ {made}.',
      why_no_list: 'التوقيع أصلي، لكن تعذرت قراءة قائمة الحالات: لا يمكن تأكيد حالة الاعتماد.',
      why_no_keys: 'تعذرت قراءة المفاتيح العمومية للمركز السينمائي المغربي: لا يمكن التحقق من التوقيع.',
      why_no_crypto: 'هذا المتصفح لا يستطيع التحقق من توقيع Ed25519. استعملوا متصفحًا محدَّثًا.',
      list_stale: 'تنبيه: قائمة الحالات مؤرخة في {made} ولا ينبغي الوثوق بها بعد {trust}. قد تكون الحالة تغيرت منذ ذلك الحين؛ استعلموا لدى المركز السينمائي المغربي.',
      list_refused: 'رُفضت قائمة الحالات: توقيعها لا يطابق محتواها (قائمة معدَّلة).',
      number: 'رقم الشهادة',
      ice: 'المعرف الموحد للمقاولة للحامل',
      tier: 'الاعتماد',
      tier_N: 'اعتماد تنفيذ الإنتاج الوطني',
      tier_I: 'اعتماد تنفيذ الإنتاج الدولي',
      validFrom: 'صالحة ابتداءً من',
      validUntil: 'صالحة إلى غاية',
      noLimit: 'غير محددة المدة',
      issuedOn: 'سُلِّمت بتاريخ',
      keyId: 'مفتاح التوقيع'
    },
    en: {
      kingdom: 'Kingdom of Morocco',
      centre: 'Moroccan Cinema Centre (CCM)',
      title: 'Verification of an accreditation certificate',
      checking: 'Checking\u2026',
      compare: 'Compare with the paper certificate',
      typeCode: 'Verification code printed on the certificate',
      verify: 'Verify',
      privacy: 'The code stays in your browser: it is sent to no server.',
      valid: 'Valid certificate',
      suspended: 'Accreditation suspended',
      revoked: 'Accreditation revoked',
      expired: 'Certificate expired',
      unknown: 'Unknown certificate',
      forged: 'Forged certificate',
      why_valid: 'The CCM\u2019s signature is genuine and the accreditation is in force according to the list published on {made}.',
      why_suspended: 'The signature is genuine, but the accreditation (or the company\u2019s authorization) is suspended according to the list published on {made}.',
      why_revoked: 'The signature is genuine, but the accreditation (or the company\u2019s authorization) has been revoked according to the list published on {made}.',
      why_expired_date: 'The signature is genuine, but the printed validity ended on {until}.',
      why_expired_list: 'The signature is genuine, but the accreditation is no longer in force according to the list published on {made}.',
      why_no_code: 'No verification code was given. Scan the certificate\u2019s QR code or type its code below.',
      why_unreadable: 'This text is not a readable verification code.',
      why_bad_signature: 'The signature does not match the printed fields: the code was altered or forged.',
      why_unknown_key: 'The code is signed with key {key}, which the CCM has not published.',
      why_not_listed: 'The signature is genuine, but this certificate is not in the list published on {made}.',
      why_no_list: 'The signature is genuine, but the status list could not be read: the accreditation\u2019s status cannot be confirmed.',
      why_no_keys: 'The CCM\u2019s public keys could not be read: the signature cannot be checked.',
      why_no_crypto: 'This browser cannot check an Ed25519 signature. Please use an up-to-date browser.',
      list_stale: 'Warning: the status list dates from {made} and is not to be trusted after {trust}. The status may have changed since; ask the CCM.',
      list_refused: 'The status list was refused: its signature does not match its content (altered list).',
      number: 'Certificate number',
      ice: 'Holder\u2019s ICE',
      tier: 'Accreditation',
      tier_N: 'National production execution accreditation',
      tier_I: 'International production execution accreditation',
      validFrom: 'Valid from',
      validUntil: 'Valid until',
      noLimit: 'without limit of duration',
      issuedOn: 'Issued on',
      keyId: 'Signing key'
    }
  };

  var BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  var SIGNATURE_CHARS = 103; // 64 bytes in base32 without padding
  var MIN_BITS = 131072;

  function base32Decode(text) {
    var out = [];
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < text.length; i++) {
      var value = BASE32.indexOf(text.charAt(i).toUpperCase());
      if (value < 0) return null;
      buffer = ((buffer << 5) | value) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        out.push((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    if (bits > 0 && (buffer & ((1 << bits) - 1)) !== 0) return null; // non-canonical: altered
    return new Uint8Array(out);
  }

  function base64UrlDecode(text) {
    if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return null;
    var b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    try {
      var raw = atob(b64);
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      return bytes;
    } catch (e) {
      return null;
    }
  }

  function toHex(bytes) {
    var hex = '';
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return hex.toUpperCase();
  }

  function parseDate(text, allowNone) {
    if (allowNone && text === '-') return '';
    if (!/^\d{8}$/.test(text)) return null;
    var y = +text.slice(0, 4), m = +text.slice(4, 6), d = +text.slice(6, 8);
    var date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    return text.slice(0, 4) + '-' + text.slice(4, 6) + '-' + text.slice(6, 8);
  }

  // The printed code, or the address a QR code carries (…/verification/#CCM1:…): the fields, the
  // exact bytes the CCM signed and the signature; null when it is not a code at all.
  function parseCode(text) {
    if (typeof text !== 'string') return null;
    var hash = text.lastIndexOf('#');
    var compact = hash >= 0 ? text.slice(hash + 1) : text;
    try { compact = decodeURIComponent(compact); } catch (e) { return null; }
    compact = compact.replace(/\s+/g, '');
    var f = compact.split(':');
    if (f.length !== 9 || f[0].toUpperCase() !== 'CCM1' || !f[1]) return null;
    if (f[3] !== 'N' && f[3] !== 'I') return null;
    var from = parseDate(f[4], false), until = parseDate(f[5], true), issued = parseDate(f[6], false);
    var signature = f[8].length === SIGNATURE_CHARS ? base32Decode(f[8]) : null;
    if (from === null || until === null || issued === null || !signature) return null;
    var signed = ['CCM1', f[1], f[2], f[3], f[4], f[5], f[6], f[7]].join(':');
    return {
      number: f[1], ice: f[2], tier: f[3], validFrom: from, validUntil: until, issuedOn: issued,
      keyId: f[7], signature: signature, message: new TextEncoder().encode(signed)
    };
  }

  function hasEd25519() {
    return !!(global.crypto && global.crypto.subtle);
  }

  async function verifyEd25519(publicKey, signature, message) {
    var key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
  }

  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }

  // The register names a key by the first 4 bytes of its SHA-256, in hexadecimal.
  async function keyIdOf(publicKey) {
    return toHex((await sha256(publicKey)).slice(0, 4));
  }

  // keys.json as published: only the keys whose id matches their bytes are kept.
  async function readKeys(json) {
    var keys = {};
    var list = json && Array.isArray(json.keys) ? json.keys : [];
    for (var i = 0; i < list.length; i++) {
      var bytes = base64UrlDecode(list[i].public_key);
      if (bytes && bytes.length === 32 && (await keyIdOf(bytes)) === list[i].key_id) keys[list[i].key_id] = bytes;
    }
    return keys;
  }

  async function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // A W3C-style encoded bit list: "u" + base64url(GZIP(bits)).
  async function decodeBits(encoded) {
    if (typeof encoded !== 'string' || encoded.charAt(0) !== 'u') return null;
    var gz = base64UrlDecode(encoded.slice(1));
    if (!gz) return null;
    try {
      var bits = await gunzip(gz);
      return bits.length * 8 >= MIN_BITS ? bits : null;
    } catch (e) {
      return null;
    }
  }

  // Index 0 is the most significant bit of the first byte.
  function bitAt(bits, index) {
    return index >= 0 && index < bits.length * 8 && (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  }

  // The signed status list: {ok: true, list} only when its signature verifies with a published
  // key; a tampered list is refused and never read.
  async function readStatusList(document, keys) {
    if (!document || typeof document !== 'object') return { ok: false, why: 'unreadable' };
    var payload = base64UrlDecode(document.payload);
    var signature = base64UrlDecode(document.signature);
    var key = keys[document.key_id];
    if (!payload || !signature || !key) return { ok: false, why: 'unreadable' };
    var genuine = false;
    try { genuine = await verifyEd25519(key, signature, payload); } catch (e) { genuine = false; }
    if (!genuine) return { ok: false, why: 'signature' };
    var json;
    try { json = JSON.parse(new TextDecoder().decode(payload)); } catch (e) { return { ok: false, why: 'unreadable' }; }
    var entries = base64UrlDecode(json.entries);
    var list = {
      made: json.made, trustUntil: json.trust_until, size: json.size, digestBytes: json.digest_bytes,
      entries: entries, revoked: await decodeBits(json.revoked), suspended: await decodeBits(json.suspended),
      ended: await decodeBits(json.ended)
    };
    if (json.type !== 'CinereGStatusList' || !entries || entries.length !== list.size * list.digestBytes ||
        !list.revoked || !list.suspended || !list.ended)
      return { ok: false, why: 'unreadable' };
    return { ok: true, list: list };
  }

  function isStale(list, now) {
    return now.getTime() > Date.parse(list.trustUntil);
  }

  // The certificate's index: where the first bytes of its signature's SHA-256 are listed.
  async function indexOf(list, signature) {
    var digest = (await sha256(signature)).slice(0, list.digestBytes);
    var n = list.digestBytes;
    for (var i = 0; i < list.size; i++) {
      var same = true;
      for (var j = 0; j < n && same; j++) same = list.entries[i * n + j] === digest[j];
      if (same) return i;
    }
    return -1;
  }

  function isoDay(now) {
    var pad = function (v) { return (v < 10 ? '0' : '') + v; };
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  }

  // The verdict, by the same order as the program's `certificate verify`: an unreadable code or a
  // failed signature is forged; a key or certificate the CCM did not publish is unknown; then
  // revoked, suspended, expired, else valid. `listResult` is readStatusList's answer (or null).
  async function judge(codeText, keys, listResult, now) {
    var result = { code: null, listState: null, status: 'forged', why: 'why_unreadable', vars: {} };
    if (!codeText) { result.status = 'unknown'; result.why = 'why_no_code'; return result; }
    var code = parseCode(codeText);
    if (!code) return result;
    result.code = code;
    if (!keys) { result.status = 'unknown'; result.why = 'why_no_keys'; return result; }
    var key = keys[code.keyId];
    if (!key) { result.status = 'unknown'; result.why = 'why_unknown_key'; result.vars.key = code.keyId; return result; }
    var genuine = false;
    try { genuine = await verifyEd25519(key, code.signature, code.message); } catch (e) { genuine = false; }
    if (!genuine) { result.why = 'why_bad_signature'; return result; }
    if (!listResult || !listResult.ok) {
      result.status = 'unknown';
      result.why = 'why_no_list';
      result.listState = listResult && listResult.why === 'signature' ? 'refused' : 'missing';
      return result;
    }
    var list = listResult.list;
    result.listState = isStale(list, now) ? 'stale' : 'fresh';
    result.vars.made = list.made;
    result.vars.trust = list.trustUntil;
    var index = await indexOf(list, code.signature);
    if (index < 0) { result.status = 'unknown'; result.why = 'why_not_listed'; return result; }
    if (bitAt(list.revoked, index)) { result.status = 'revoked'; result.why = 'why_revoked'; return result; }
    if (bitAt(list.suspended, index)) { result.status = 'suspended'; result.why = 'why_suspended'; return result; }
    if (code.validUntil && isoDay(now) > code.validUntil) {
      result.status = 'expired'; result.why = 'why_expired_date'; result.vars.until = code.validUntil; return result;
    }
    if (bitAt(list.ended, index)) { result.status = 'expired'; result.why = 'why_expired_list'; return result; }
    result.status = 'valid';
    result.why = 'why_valid';
    return result;
  }

  // ---- the page ----

  function pickLanguage() {
    var asked = new URLSearchParams(global.location.search).get('lang');
    var wanted = [asked].concat(global.navigator.languages || [global.navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var l = (wanted[i] || '').slice(0, 2).toLowerCase();
      if (MESSAGES[l]) return l;
    }
    return 'fr';
  }

  function fill(template, vars, lang) {
    return template.replace(/\{(\w+)\}/g, function (_, name) {
      var value = vars[name] || '';
      if (/^\d{4}-\d{2}-\d{2}T/.test(value)) value = formatMoment(value, lang);
      else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value = formatDay(value, lang);
      return value;
    });
  }

  function locale(lang) {
    return lang === 'ar' ? 'ar-MA-u-nu-latn' : lang === 'fr' ? 'fr-FR' : 'en-GB';
  }

  function formatDay(iso, lang) {
    var p = iso.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString(locale(lang), { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  }

  function formatMoment(iso, lang) {
    return new Date(iso).toLocaleString(locale(lang), { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  var state = { lang: 'fr', result: null };

  function render() {
    var doc = global.document;
    var m = MESSAGES[state.lang];
    doc.documentElement.lang = state.lang;
    doc.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    doc.title = m.title + ' \u2014 ' + m.centre;
    doc.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = m[el.getAttribute('data-text')]; });
    doc.querySelectorAll('#languages button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === state.lang));
    });
    var r = state.result;
    if (!r) return;
    var verdict = doc.getElementById('verdict');
    verdict.setAttribute('data-state', 'done');
    verdict.setAttribute('data-status', r.status);
    verdict.querySelector('.label').textContent = m[r.status];
    verdict.querySelector('.reason').textContent = fill(m[r.why], r.vars, state.lang);

    var listState = doc.getElementById('list-state');
    listState.setAttribute('data-list', r.listState || 'none');
    var warning = r.listState === 'stale' ? 'list_stale' : r.listState === 'refused' ? 'list_refused' : null;
    listState.hidden = !warning;
    listState.textContent = warning ? fill(m[warning], r.vars, state.lang) : '';

    var fields = doc.getElementById('fields');
    var dl = fields.querySelector('dl');
    dl.textContent = '';
    fields.hidden = !r.code;
    if (r.code) {
      var c = r.code;
      var rows = [
        ['number', c.number, true], ['ice', c.ice, true], ['tier', m['tier_' + c.tier]],
        ['validFrom', formatDay(c.validFrom, state.lang)],
        ['validUntil', c.validUntil ? formatDay(c.validUntil, state.lang) : m.noLimit],
        ['issuedOn', formatDay(c.issuedOn, state.lang)], ['keyId', c.keyId, true]
      ];
      rows.forEach(function (row) {
        var dt = doc.createElement('dt');
        dt.textContent = m[row[0]];
        var dd = doc.createElement('dd');
        dd.textContent = row[1];
        if (row[2]) dd.className = 'code';
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
    }
  }

  async function fetchJson(name) {
    try {
      var response = await fetch(name, { cache: 'no-store', credentials: 'omit' });
      return response.ok ? await response.json() : null;
    } catch (e) {
      return null;
    }
  }

  async function run() {
    var codeText = global.location.hash.length > 1 ? global.location.hash : '';
    if (!hasEd25519()) {
      state.result = { code: parseCode(codeText), status: 'unknown', why: 'why_no_crypto', vars: {}, listState: null };
      render();
      return;
    }
    var keysJson = await fetchJson('keys.json');
    var keys = keysJson ? await readKeys(keysJson) : null;
    var listDocument = await fetchJson('status-list.json');
    var listResult = keys && listDocument ? await readStatusList(listDocument, keys) : null;
    state.result = await judge(codeText, keys, listResult, new Date());
    render();
  }

  function start() {
    var doc = global.document;
    state.lang = pickLanguage();
    render();
    doc.querySelectorAll('#languages button').forEach(function (b) {
      b.addEventListener('click', function () { state.lang = b.getAttribute('data-lang'); render(); });
    });
    doc.getElementById('typed').addEventListener('submit', function (event) {
      event.preventDefault();
      var typed = doc.getElementById('code').value.replace(/\s+/g, '');
      if (typed) global.location.hash = typed.slice(typed.lastIndexOf('#') + 1);
    });
    global.addEventListener('hashchange', run);
    run();
  }

  global.CineregVerify = {
    MESSAGES: MESSAGES, parseCode: parseCode, base32Decode: base32Decode, base64UrlDecode: base64UrlDecode,
    keyIdOf: keyIdOf, readKeys: readKeys, decodeBits: decodeBits, bitAt: bitAt, readStatusList: readStatusList,
    isStale: isStale, indexOf: indexOf, judge: judge
  };
  if (global.document && global.document.getElementById('verdict')) {
    if (global.document.readyState === 'loading') global.document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})(window);
