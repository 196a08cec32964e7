// Tests of the verification page's script, run in the browser that runs the page (see
// VerificationPageTest.cpp). Keys, codes and lists are made here with WebCrypto, so every case
// is built from scratch; the C++ test checks the page against what the register publishes.
(async function () {
  'use strict';
  var V = window.CineregVerify;
  var out = document.getElementById('results');
  var failures = 0;
  var lines = [];

  function check(name, condition) {
    lines.push((condition ? 'ok   ' : 'FAIL ') + name);
    if (!condition) failures++;
  }

  var B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  function base32(bytes) {
    var s = '', buffer = 0, bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      buffer = ((buffer << 8) | bytes[i]) & 0xffff; bits += 8;
      while (bits >= 5) { s += B32[(buffer >> (bits - 5)) & 31]; bits -= 5; }
    }
    if (bits > 0) s += B32[(buffer << (5 - bits)) & 31];
    return s;
  }
  function b64url(bytes) {
    var raw = '';
    for (var i = 0; i < bytes.length; i++) raw += String.fromCharCode(bytes[i]);
    return btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  async function gzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  async function newKey() {
    var pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    var raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    return { pair: pair, raw: raw, id: await V.keyIdOf(raw) };
  }
  async function sign(key, bytes) {
    return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.pair.privateKey, bytes));
  }
  async function code(key, fields) {
    var clear = ['CCM1', fields.number, '001561191000066', fields.tier || 'N', '20250103',
                 fields.until || '-', '20250110', key.id].join(':');
    return clear + ':' + base32(await sign(key, new TextEncoder().encode(clear)));
  }
  async function bits(size, set) {
    var bytes = new Uint8Array(Math.max(size, 131072) / 8);
    (set || []).forEach(function (i) { bytes[i >> 3] |= 0x80 >> (i & 7); });
    return 'u' + b64url(await gzip(bytes));
  }
  async function digest(signature) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', signature)).slice(0, 8);
  }
  // A signed list of these codes; `marks` gives the indexes of each bit list.
  async function list(key, codes, marks, trustUntil) {
    var entries = new Uint8Array(codes.length * 8);
    for (var i = 0; i < codes.length; i++) entries.set(await digest(V.parseCode(codes[i]).signature), i * 8);
    var payload = {
      type: 'CinereGStatusList', version: 1, made: '2025-02-15T08:00:00Z',
      trust_until: trustUntil || '2025-02-22T08:00:00Z', size: codes.length, digest_bytes: 8,
      entries: b64url(entries), revoked: await bits(codes.length, marks.revoked),
      suspended: await bits(codes.length, marks.suspended), ended: await bits(codes.length, marks.ended)
    };
    var bytes = new TextEncoder().encode(JSON.stringify(payload));
    return { payload: b64url(bytes), key_id: key.id, signature: b64url(await sign(key, bytes)) };
  }

  try {
    var key = await newKey();
    var keys = {}; keys[key.id] = key.raw;
    var valid = await code(key, { number: 'ATT-AEN-2025-0001' });

    // parseCode: the printed code and the address a QR code carries
    var parsed = V.parseCode(valid);
    check('parses a code', parsed && parsed.number === 'ATT-AEN-2025-0001' && parsed.validFrom === '2025-01-03' &&
          parsed.validUntil === '' && parsed.tier === 'N' && parsed.signature.length === 64);
    check('parses the QR address form', V.parseCode('https://www.ccm.ma/verification/#' + valid).number === 'ATT-AEN-2025-0001');
    check('ignores spaces and line breaks', V.parseCode(valid.slice(0, 40) + ' \n' + valid.slice(40)) !== null);
    check('signs the bytes the register signs', new TextDecoder().decode(parsed.message) === valid.split(':').slice(0, 8).join(':'));
    check('refuses a missing field', V.parseCode(valid.split(':').slice(1).join(':')) === null);
    check('refuses an impossible date', V.parseCode(valid.replace(':20250103:', ':20250230:')) === null);
    check('refuses an unknown tier', V.parseCode(valid.replace(':N:', ':X:')) === null);
    check('refuses a shortened signature', V.parseCode(valid.slice(0, -1)) === null);
    check('refuses non-canonical base32', V.base32Decode('AB') === null && V.base32Decode('AA') !== null);

    // the bit lists
    var decoded = await V.decodeBits(await bits(16, [0, 9, 131071]));
    check('bit 0 is the first byte\u2019s high bit', decoded && decoded[0] === 0x80 && decoded[1] === 0x40);
    check('bits read back', V.bitAt(decoded, 0) && V.bitAt(decoded, 9) && V.bitAt(decoded, 131071) &&
          !V.bitAt(decoded, 1) && !V.bitAt(decoded, 131072) && !V.bitAt(decoded, -1));
    check('refuses a list without the multibase prefix', (await V.decodeBits((await bits(16)).slice(1))) === null);
    check('refuses a list under the minimum size', (await V.decodeBits('u' + b64url(await gzip(new Uint8Array(100))))) === null);
    check('refuses what is not gzip', (await V.decodeBits('uAAAA')) === null);

    // the signed list
    var suspended = await code(key, { number: 'ATT-AEN-2025-0002' });
    var revoked = await code(key, { number: 'ATT-AEN-2025-0003' });
    var ended = await code(key, { number: 'ATT-AEN-2025-0004' });
    var pastDate = await code(key, { number: 'ATT-AEN-2025-0005', until: '20250131' });
    var both = await code(key, { number: 'ATT-AEN-2025-0006' });
    var doc = await list(key, [valid, suspended, revoked, ended, pastDate, both],
                         { suspended: [1, 5], revoked: [2, 5], ended: [3] });
    var read = await V.readStatusList(doc, keys);
    check('reads a genuine list', read.ok && read.list.size === 6);
    var tampered = JSON.parse(JSON.stringify(doc));
    var payload = JSON.parse(new TextDecoder().decode(V.base64UrlDecode(doc.payload)));
    payload.revoked = await bits(6, []);
    tampered.payload = b64url(new TextEncoder().encode(JSON.stringify(payload)));
    var refused = await V.readStatusList(tampered, keys);
    check('refuses a tampered list', !refused.ok && refused.why === 'signature');
    var other = await newKey();
    var otherKeys = {}; otherKeys[other.id] = other.raw;
    check('refuses a list signed by an unpublished key', !(await V.readStatusList(doc, otherKeys)).ok);
    check('is stale after its trust date', V.isStale(read.list, new Date('2025-02-22T08:00:01Z')) &&
          !V.isStale(read.list, new Date('2025-02-22T08:00:00Z')));
    check('finds an index by signature', (await V.indexOf(read.list, V.parseCode(ended).signature)) === 3);

    // the verdicts, in the order of the program's `certificate verify`
    var now = new Date('2025-02-16T10:00:00');
    async function status(text, withList, withKeys) {
      return (await V.judge(text, withKeys || keys, withList || read, now)).status;
    }
    check('valid', (await status(valid)) === 'valid');
    check('valid from the QR address', (await status('https://www.ccm.ma/verification/#' + valid)) === 'valid');
    check('suspended', (await status(suspended)) === 'suspended');
    check('revoked', (await status(revoked)) === 'revoked');
    check('revoked comes before suspended', (await status(both)) === 'revoked');
    check('expired: no longer in force', (await status(ended)) === 'expired');
    check('expired: printed validity over', (await status(pastDate)) === 'expired');
    var unlisted = await code(key, { number: 'ATT-AEN-2025-0999' });
    check('unknown: not in the list', (await status(unlisted)) === 'unknown');
    check('unknown: key not published', (await status(await code(other, { number: 'ATT-AEN-2025-0001' }))) === 'unknown');
    var altered = valid.replace('ATT-AEN-2025-0001', 'ATT-AEN-2025-0007');
    check('forged: one character of the fields', (await status(altered)) === 'forged');
    var sig = valid.split(':')[8];
    var flipped = valid.slice(0, -sig.length) + (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    check('forged: one character of the signature', (await status(flipped)) === 'forged');
    check('forged: not a code', (await status('hello')) === 'forged');
    var withRefused = await V.judge(revoked, keys, refused, now);
    check('a refused list never gives a verdict from it', withRefused.status === 'unknown' && withRefused.listState === 'refused');
    var stale = await V.judge(valid, keys, read, new Date('2025-03-01T10:00:00'));
    check('a stale list says so', stale.listState === 'stale' && stale.status === 'valid');
    check('a fresh list says so', (await V.judge(valid, keys, read, now)).listState === 'fresh');

    // keys.json: a key whose id does not match its bytes is dropped
    var published = await V.readKeys({ keys: [{ key_id: key.id, public_key: b64url(key.raw) },
                                              { key_id: key.id.replace(/.$/, key.id.slice(-1) === '0' ? '1' : '0'), public_key: b64url(other.raw) }] });
    check('keeps genuine keys only', Object.keys(published).length === 1 && published[key.id]);

    // every language has every message
    var names = Object.keys(V.MESSAGES.fr);
    check('messages complete in ar and en', ['ar', 'en'].every(function (l) {
      return names.every(function (n) { return typeof V.MESSAGES[l][n] === 'string' && V.MESSAGES[l][n].length > 0; });
    }));
  } catch (e) {
    check('no exception: ' + e, false);
  }
  out.textContent = lines.join('\n');
  out.setAttribute('data-result', failures === 0 ? 'pass' : 'fail');
})();
