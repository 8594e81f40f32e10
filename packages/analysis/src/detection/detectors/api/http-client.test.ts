import { describe, expect, it } from 'vitest';
import { observe } from '../../../test-helpers/observe.js';
import { httpClient } from './http-client.js';

describe('api/http-client', () => {
  it('reads TypeScript imports and the global fetch', async () => {
    const source = [
      "import axios from 'axios';", // 1 axios
      "import type { AxiosInstance } from 'axios';",
      "import ky from 'ky';", // 3 ky
      'export async function load() {',
      "  await axios.get('/a');",
      "  const r = await fetch('/b');", // 6 fetch
      "  await window.fetch('/c');",
      '}',
    ].join('\n');
    expect(await observe(httpClient, 'src/api.ts', source)).toEqual(['axios@1', 'ky@3', 'fetch@6']);
  });

  it('leaves type-only imports and own or imported fetch out', async () => {
    const types = [
      "import { AxiosError, isAxiosError } from 'axios';",
      'export const isAxios = (e: unknown) => isAxiosError(e);',
    ].join('\n');
    expect(await observe(httpClient, 'src/errors.ts', types)).toEqual([]);
    const worker = [
      'export default {',
      '  async fetch(request: Request) { return fetch(request); },',
      '};',
    ].join('\n');
    expect(await observe(httpClient, 'src/worker.ts', worker)).toEqual([]);
    const injected = 'export const make = (fetch: typeof globalThis.fetch) => () => fetch("/x");';
    expect(await observe(httpClient, 'src/make.ts', injected)).toEqual([]);
    const nodeFetch = ["import fetch from 'node-fetch';", "fetch('/x');"].join('\n');
    expect(await observe(httpClient, 'src/n.js', nodeFetch)).toEqual(['node-fetch@1']);
    const required = ["const got = require('got');", "got('/x');"].join('\n');
    expect(await observe(httpClient, 'src/g.js', required)).toEqual(['got@1']);
  });

  it('reads Python imports', async () => {
    const source = [
      'import requests', // 1
      'from urllib.parse import urlencode', // neutral
      'from urllib.request import urlopen', // 3 urllib
      'from aiohttp import web', // server: neutral
      'import httpx', // 5
      'import aiohttp',
      'async def f():',
      '    async with aiohttp.ClientSession() as s:', // 8 aiohttp
      '        pass',
    ].join('\n');
    expect(await observe(httpClient, 'app/client.py', source)).toEqual([
      'requests@1',
      'urllib@3',
      'httpx@5',
      'aiohttp@8',
    ]);
  });

  it('reads Go net/http client calls and resty', async () => {
    const client = [
      'package api',
      'import (',
      '\t"net/http"',
      '\t"github.com/go-resty/resty/v2"', // 4 resty
      ')',
      'func f() {',
      '\tresp, _ := http.Get("https://example.com")', // 7 net/http
      '}',
    ].join('\n');
    expect(await observe(httpClient, 'api/client.go', client)).toEqual(['resty@4', 'net/http@7']);
    const server = [
      'package api',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }',
    ].join('\n');
    expect(await observe(httpClient, 'api/server.go', server)).toEqual([]);
  });

  it('reads JVM imports and leaves a library’s own sources out', async () => {
    const java = [
      'package com.example.billing;',
      'import okhttp3.OkHttpClient;', // 2
      'import okhttp3.Request;',
      'import org.springframework.web.client.RestTemplate;', // 4
      'class Billing {}',
    ].join('\n');
    expect(await observe(httpClient, 'src/main/java/Billing.java', java)).toEqual([
      'OkHttp@2',
      'RestTemplate@4',
    ]);
    const own = ['package okhttp3.internal.http', 'import okhttp3.Request', 'class X'].join('\n');
    expect(await observe(httpClient, 'okhttp/src/main/kotlin/X.kt', own)).toEqual([]);
  });
});
