// Run by hand: the CPU that each of five fresh browser contexts costs in Chromium's renderer processes, with and without
// the features the dashboard tests turn off (Infrastructure/Browser.cs). Each context shows a one-line page for 1.5 s,
// then every live renderer's CPU seconds are read from /proc before the context closes.
//   bin=tests/NewsEvents.Dashboard.Tests/bin/Debug/net10.0/.playwright
//   PW=$PWD/$bin/package $bin/node/linux-x64/node bench/browser/renderer-cpu.js [flag]
const { chromium } = require(process.env.PW);
const fs = require('fs');
const { execSync } = require('child_process');

const TICKS = 100; // USER_HZ on Linux

function descendants(root) {
  const rows = execSync('ps -e -o pid=,ppid=').toString().trim().split('\n').map(l => l.trim().split(/\s+/).map(Number));
  const found = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, parent] of rows) if (found.has(parent) && !found.has(pid)) { found.add(pid); grown = true; }
  }
  return [...found];
}

function cpu(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const type = /--type=([a-z-]+)/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
    return { type, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return null; // gone meanwhile
  }
}

(async () => {
  const flag = process.argv[2] === 'flag';
  const args = ['--no-sandbox', ...(flag ? ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'] : [])];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args });
  const visits = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<p>hello</p>');
    await page.waitForTimeout(1500);
    const renderers = descendants(process.pid).map(cpu).filter(p => p?.type === 'renderer');
    visits.push(`${renderers.length} renderers: ${renderers.map(r => r.seconds.toFixed(2)).join(' + ')} s`);
    await context.close();
  }
  console.log(flag ? 'features off' : 'default', '|', visits.join(' | '));
  await browser.close();
})();
