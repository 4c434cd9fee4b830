import { describe, expect, it } from 'vitest';
import {
  addContentSecurityPolicy,
  buildContentSecurityPolicy,
  scriptHash,
} from '../../src/lib/security/addContentSecurityPolicy';

describe('Content-Security-Policy of built pages', () => {
  it('hashes an inline script as browsers do (known answer from openssl dgst -sha256 -binary | base64)', () => {
    expect(scriptHash("document.documentElement.classList.add('js');")).toBe(
      "'sha256-/x7W7R75k8Roq0WaVRQX9blP4OufE5xbAdzklGxsgpw='",
    );
  });

  it('allows scripts from the site and exactly the inline scripts of the page', () => {
    expect(buildContentSecurityPolicy(["document.documentElement.classList.add('js');"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-/x7W7R75k8Roq0WaVRQX9blP4OufE5xbAdzklGxsgpw='; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('puts the policy right after the charset, before every script, with one hash per distinct inline script', () => {
    const page =
      '<!doctype html><html><head><meta charset="utf-8"><script>a()</script><script type="module" src="/_astro/x.js"></script>' +
      '</head><body><script>a()</script><script type="module">b()</script></body></html>';
    const secured = addContentSecurityPolicy(page);
    expect(secured.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      page.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length,
    );
    const policy = /content="([^"]*)"/.exec(secured)?.[1] ?? '';
    expect(policy).toContain(`script-src 'self' ${scriptHash('a()')} ${scriptHash('b()')};`);
    expect(addContentSecurityPolicy(secured)).toBe(secured);
    expect(addContentSecurityPolicy('no head')).toBe('no head');
  });

  it("allows WebAssembly ('wasm-unsafe-eval', for Pagefind's index reader) on the search page only", () => {
    const policyOf = (body: string) =>
      /content="([^"]*)"/.exec(addContentSecurityPolicy(`<html><head></head><body>${body}</body></html>`))?.[1] ?? '';
    expect(policyOf('<shanhai-search></shanhai-search>')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policyOf('<p>甘肃</p>')).not.toContain('wasm');
  });
});
