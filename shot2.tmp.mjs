import { chromium } from '@playwright/test';
const [,, url, out, width='360', height='740'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.goto(url);
await p.screenshot({ path: out });
await b.close();
