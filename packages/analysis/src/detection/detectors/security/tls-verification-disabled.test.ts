import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';

describe('security/tls-verification-disabled', () => {
  it('finds disabled verification in TypeScript', async () => {
    const source = [
      "import https from 'node:https';",
      'const agent = new https.Agent({ rejectUnauthorized: false });', // 2
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", // 3
      'request({ url, strictSSL: false });', // 4
      'tls.connect({ host, checkServerIdentity: () => undefined });', // 5
      "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;", // 6
      'const safe = new https.Agent({ rejectUnauthorized: true });', // on: neutral
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';", // on: neutral
      'const options = { rejectUnauthorized: config.tls.verify };', // configurable: neutral
      'tls.connect({ checkServerIdentity: (host, cert) => verify(host, cert) });', // real check
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'src/http.ts', source)).toEqual([
      'reject-unauthorized@2',
      'node-tls-env@3',
      'strict-ssl@4',
      'hostname-check-disabled@5',
      'node-tls-env@6',
    ]);
  });

  it('does not look at tests', async () => {
    const source = 'const agent = new https.Agent({ rejectUnauthorized: false });';
    expect(await observe(tlsVerificationDisabled, 'src/http.test.ts', source)).toEqual([]);
  });

  it('finds disabled verification in Python', async () => {
    const source = [
      'import ssl, requests, jwt',
      'requests.get(url, verify=False)', // 2
      'ctx = ssl._create_unverified_context()', // 3
      'ssl._create_default_https_context = ssl._create_unverified_context', // 4
      'ctx.check_hostname = False', // 5
      'ctx.verify_mode = ssl.CERT_NONE', // 6
      'async with session.get(url, ssl=False) as r: pass', // 7
      'http = urllib3.PoolManager(cert_reqs="CERT_NONE")', // 8
      'requests.get(url, verify=True)', // on: neutral
      'redis.Redis(host=h, ssl=False)', // plain connection: neutral
      'jwt.decode(token, verify=False)', // JWT signature: neutral
      'if ctx.verify_mode == ssl.CERT_NONE: pass', // comparison: neutral
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'app/client.py', source)).toEqual([
      'verify-false@2',
      'unverified-context@3',
      'unverified-context@4',
      'hostname-check-disabled@5',
      'cert-none@6',
      'verify-false@7',
      'cert-none@8',
    ]);
  });

  it('finds InsecureSkipVerify in Go', async () => {
    const source = [
      'package client',
      'func New() *http.Client {',
      '\tcfg := &tls.Config{InsecureSkipVerify: true}', // 3
      '\tcfg.InsecureSkipVerify = true', // 4
      '\tsafe := &tls.Config{InsecureSkipVerify: false}', // off: neutral
      '\treturn nil',
      '}',
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'internal/client/client.go', source)).toEqual([
      'insecure-skip-verify@3',
      'insecure-skip-verify@4',
    ]);
  });

  it('finds trust-all verifiers and trust managers in Java', async () => {
    const source = [
      'class Clients {',
      '  HostnameVerifier verifier = (host, session) -> true;', // 2
      '  void build() {',
      '    builder.setSSLHostnameVerifier(new NoopHostnameVerifier());', // 4
      '    builder.setHostnameVerifier(SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);', // 5
      '    connection.setHostnameVerifier((h, s) -> true);', // 6
      '    SSLContexts.custom().loadTrustMaterial(null, TrustAllStrategy.INSTANCE);', // 7
      '    Predicate<String> all = s -> true;', // not a verifier: neutral
      '  }',
      '  class TrustAll implements X509TrustManager {',
      '    public void checkServerTrusted(X509Certificate[] chain, String authType) {}', // 10
      '    public void checkClientTrusted(X509Certificate[] chain, String authType) {}', // client: neutral
      '  }',
      '  class Pinned implements X509TrustManager {',
      '    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {',
      '      delegate.checkServerTrusted(chain, authType);', // a real check: neutral
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'src/main/java/Clients.java', source)).toEqual([
      'hostname-check-disabled@2',
      'hostname-check-disabled@4',
      'hostname-check-disabled@5',
      'hostname-check-disabled@6',
      'trust-all@7',
      'trust-all@11',
    ]);
  });

  it('finds trust-all verifiers in Kotlin', async () => {
    const source = [
      'val verifier = HostnameVerifier { _, _ -> true }', // 1
      'val noop = NoopHostnameVerifier.INSTANCE', // 2
      'object TrustAll : X509TrustManager {',
      '  override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}', // 4
      '  override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}',
      '}',
      'val checked = HostnameVerifier { host, session -> host == expected }', // a check: neutral
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'src/main/kotlin/Tls.kt', source)).toEqual([
      'hostname-check-disabled@1',
      'hostname-check-disabled@2',
      'trust-all@4',
    ]);
  });

  it('finds accept-any validators in C#', async () => {
    const source = [
      'class Clients {',
      '  void Build() {',
      '    handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;', // 3
      '    handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;', // 4
      '    ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };', // 5
      '    var other = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None };', // neutral
      '    options.Enabled = (x) => true;', // not a certificate callback: neutral
      '  }',
      '}',
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'src/Clients.cs', source)).toEqual([
      'accept-any-certificate@3',
      'accept-any-certificate@4',
      'accept-any-certificate@5',
    ]);
  });

  it('finds curl and Guzzle options in PHP', async () => {
    const source = [
      '<?php',
      'curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);', // 2
      '$options = [CURLOPT_SSL_VERIFYHOST => 0];', // 3
      "$client = new Client(['verify' => false]);", // 4
      "$context = stream_context_create(['ssl' => ['verify_peer' => false]]);", // 5
      'curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);', // on: neutral
      "$hash = ['verify' => env('HASH_VERIFY', true)];", // neutral
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'src/Http.php', source)).toEqual([
      'curl-no-verify@2',
      'curl-no-verify@3',
      'curl-no-verify@4',
      'curl-no-verify@5',
    ]);
  });

  it('finds VERIFY_NONE in Ruby', async () => {
    const source = [
      'http.verify_mode = OpenSSL::SSL::VERIFY_NONE', // 1
      'Net::HTTP.start(host, port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE)', // 2
      'if mode == OpenSSL::SSL::VERIFY_NONE then warn end', // comparison: neutral
    ].join('\n');
    expect(await observe(tlsVerificationDisabled, 'lib/client.rb', source)).toEqual([
      'verify-none@1',
      'verify-none@2',
    ]);
  });
});
