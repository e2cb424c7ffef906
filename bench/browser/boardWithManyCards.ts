/**
 * `npm run bench:board`: does a board with 1,000 metaplan cards stay smooth in the browser?
 *
 * Starts a real Plano server (`npm start`, embedded database, fresh temp data folder, 127.0.0.1),
 * signs in as the first facilitator in headless Chromium, opens the demo workshop's plenary board
 * and, for 100 cards (baseline) and then 1,000 cards (the board is cleared and refilled):
 *  - time to first render: reload the page, time from navigation start until the editor exists,
 *    holds every card, and the cards' DOM count reached its final value (median of 3 reloads);
 *  - frame times while panning: the camera pans in small steps inside requestAnimationFrame for
 *    ~3 s, zoomed to fit (every card on screen), at 30% zoom (a zoomed-out overview of part of
 *    the board) and at 100% zoom; rAF deltas are collected in the page.
 * Prints a table and replaces the "Board with 1,000 cards (browser)" section of BENCHMARKS.md.
 * Flags: --no-write (print only), --seconds S (panning time per view, default 3),
 * --save-json FILE (keep this run's results, e.g. before a change), --baseline FILE
 * --baseline-label L --label L (put a saved run beside this one, column by column).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { machineInfo, otherCpuShare, readCpuCounters, type MachineInfo } from '../machine';
import { freePort } from '../processes';
import { median, summarize } from '../stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SECTION_HEADING = '## Board with 1,000 cards (browser)';
const CARD_COUNTS = [100, 1000] as const;
const RELOADS = 3;
const COLORS = ['yellow', 'pink', 'blue', 'green', 'orange'] as const;
const CARD_W = 240;
const CARD_H = 160;
const GAP = 20;
const SERVER_START_TIMEOUT_MS = 10 * 60_000; // includes a production build when the sources changed
const LOAD_TIMEOUT_MS = 60_000;
const SETTLE_MS = 1500;
const SLOW_FRAME_MS = 33;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  over33Share: number;
  /** How far the camera actually moved, in screen px (0 would mean the pan was blocked). */
  pannedPx: number;
  zoom: number;
  domCards: number;
  /** Cards drawn as a sketch (colour and first line) rather than in full; absent in older saved runs. */
  sketchedCards?: number;
}

interface LoadSample {
  editorMs: number;
  allCardsInStoreMs: number;
  firstRenderMs: number;
  domCards: number;
}

interface CountResult {
  cards: number;
  createMs: number;
  loads: LoadSample[];
  panFit: FrameStats;
  pan30: FrameStats;
  pan100: FrameStats;
}

/** A run saved with --save-json, shown beside a later run with --baseline. */
interface SavedRun {
  results: CountResult[];
  date: string;
  loadAverage: number;
  loadAverageAtEnd: number;
  otherCpu: number | null;
}

// ---------------------------------------------------------------------------------------------
// The server

let server: ChildProcess | null = null;

/** `npm start` runs in its own process group (npm -> sh -> tsx -> node): signal the whole group. */
function killServer(signal: NodeJS.Signals): void {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}
process.on('exit', () => killServer('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killServer('SIGKILL');
    process.exit(130);
  });
}

async function startServer(port: number, dataDir: string): Promise<void> {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`)), SERVER_START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      if (/running at/.test(output)) {
        clearTimeout(timer);
        if (/building the web app/.test(output)) console.log('(the server built the web app first: the sources had changed)');
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output.slice(-3000)}`));
    });
  });
  // Keep draining its output so the pipe never fills up.
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killServer('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 8000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') killServer('SIGKILL');
}

async function readFacilitator(dataDir: string): Promise<{ email: string; password: string }> {
  const text = await readFile(path.join(dataDir, 'first-facilitator.txt'), 'utf8');
  const email = /email: (.+)/.exec(text)?.[1]?.trim();
  const password = /password: (.+)/.exec(text)?.[1]?.trim();
  if (!email || !password) throw new Error('first-facilitator.txt is missing the email or password');
  return { email, password };
}

// ---------------------------------------------------------------------------------------------
// The page

async function openPlenary(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/signin?callbackUrl=${encodeURIComponent('/')}`);
  const form = page.getByTestId('signin-form');
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=password]').fill(password);
  await form.getByRole('button').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
  await page.goto(`${base}/`);
  await page.getByTestId('workshop-link').first().click();
  const plenary = page.locator('[data-testid=board-link][data-kind=plenary]');
  await plenary.waitFor({ state: 'visible', timeout: 30_000 });
  await plenary.click();
  await page.waitForURL(/\/board\//, { timeout: 30_000 });
  await page.waitForFunction(() => Boolean(window.__planoEditor && window.__planoYdoc), undefined, { timeout: LOAD_TIMEOUT_MS });
}

/** Every card on the board is removed, then `count` cards are created in a grid; waits until the Y.Doc holds exactly them. */
async function fillBoard(page: Page, count: number): Promise<number> {
  const started = Date.now();
  await page.evaluate(
    ({ count, colors, w, h, gap }) => {
      const editor = window.__planoEditor;
      if (!editor) throw new Error('no editor');
      const old = editor.getCurrentPageShapes().filter((shape) => shape.type === 'plano-card');
      if (old.length > 0) editor.deleteShapes(old.map((shape) => shape.id));
      const columns = Math.ceil(Math.sqrt(count) * 1.25);
      const batch = 100;
      for (let from = 0; from < count; from += batch) {
        const shapes = [];
        for (let n = from; n < Math.min(count, from + batch); n++) {
          shapes.push({
            type: 'plano-card' as const,
            x: (n % columns) * (w + gap),
            y: Math.floor(n / columns) * (h + gap),
            props: { text: `Kartu ${n + 1}`, color: colors[n % colors.length], w, h },
          });
        }
        editor.createShapes(shapes);
      }
    },
    { count, colors: [...COLORS], w: CARD_W, h: CARD_H, gap: GAP },
  );
  await page.waitForFunction(
    (count) => {
      const records = window.__planoYdoc?.getMap('tldraw');
      if (!records) return false;
      let cards = 0;
      for (const value of records.values()) {
        const record = value as { typeName?: string; type?: string };
        if (record && record.typeName === 'shape' && record.type === 'plano-card') cards++;
      }
      return cards === count;
    },
    count,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
  const createMs = Date.now() - started;
  // No acknowledgement of persistence from the server: give it a moment before reloading (the
  // reload checks that every card came back anyway).
  await page.waitForTimeout(2000);
  return createMs;
}

/**
 * Installed before every navigation: one sample per animation frame, kept only when something
 * changed, of whether the editor exists, how many cards it holds and how many are in the DOM.
 */
function installLoadProbe(): void {
  type Sample = { t: number; editor: boolean; store: number; dom: number };
  const samples: Sample[] = [];
  (window as unknown as { __benchLoad: Sample[] }).__benchLoad = samples;
  const frame = () => {
    const editor = window.__planoEditor;
    const store = editor ? editor.getCurrentPageShapes().filter((shape) => shape.type === 'plano-card').length : 0;
    const dom = document.querySelectorAll('[data-testid=plano-card]').length;
    const last = samples[samples.length - 1];
    if (!last || last.editor !== Boolean(editor) || last.store !== store || last.dom !== dom) samples.push({ t: performance.now(), editor: Boolean(editor), store, dom });
    if (performance.now() < 120_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measureLoad(page: Page, count: number): Promise<LoadSample> {
  await page.reload({ waitUntil: 'commit' });
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let state: { last: { t: number; editor: boolean; store: number; dom: number } | null; now: number } | null = null;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`the board with ${count} cards did not settle within ${LOAD_TIMEOUT_MS / 1000} s (last sample ${JSON.stringify(state)})`);
    await page.waitForTimeout(250);
    state = await page.evaluate(() => {
      const samples = (window as unknown as { __benchLoad?: { t: number; editor: boolean; store: number; dom: number }[] }).__benchLoad ?? [];
      return { last: samples[samples.length - 1] ?? null, now: performance.now() };
    });
    if (state.last && state.last.editor && state.last.store === count && state.last.dom > 0 && state.now - state.last.t >= SETTLE_MS) break;
  }
  return page.evaluate((count) => {
    const samples = (window as unknown as { __benchLoad: { t: number; editor: boolean; store: number; dom: number }[] }).__benchLoad;
    const finalDom = samples[samples.length - 1].dom;
    const editorMs = samples.find((sample) => sample.editor)?.t ?? Number.NaN;
    const allCardsInStoreMs = samples.find((sample) => sample.store === count)?.t ?? Number.NaN;
    const firstRenderMs = samples.find((sample) => sample.editor && sample.store === count && sample.dom === finalDom)?.t ?? Number.NaN;
    return { editorMs, allCardsInStoreMs, firstRenderMs, domCards: finalDom };
  }, count);
}

/** Pans the camera for `durationMs` (horizontal and vertical sine sweeps, in screen px) and returns rAF deltas. */
async function measurePan(page: Page, view: 'fit' | '30%' | '100%', durationMs: number): Promise<FrameStats> {
  await page.evaluate((view) => {
    const editor = window.__planoEditor;
    if (!editor) throw new Error('no editor');
    if (view === '100%') return editor.resetZoom();
    editor.zoomToFit();
    if (view === 'fit') return;
    // 30% around the board's centre: many cards on screen, each still a recognisable card.
    const centre = editor.getViewportPageBounds().center;
    const screen = editor.getViewportScreenBounds();
    const z = 0.3;
    editor.setCamera({ x: screen.w / 2 / z - centre.x, y: screen.h / 2 / z - centre.y, z });
  }, view);
  await page.waitForTimeout(1000); // let the zoom settle (and any animation end)
  const result = await page.evaluate(
    (durationMs) =>
      new Promise<{ deltas: number[]; pannedPx: number; zoom: number; domCards: number; sketchedCards: number }>((resolve) => {
        const editor = window.__planoEditor;
        if (!editor) throw new Error('no editor');
        const start = editor.getCamera();
        const deltas: number[] = [];
        let pannedPx = 0;
        let last = 0;
        let t0 = 0;
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          const domCards = document.querySelectorAll('[data-testid=plano-card]').length;
          const sketchedCards = document.querySelectorAll('[data-testid=plano-card][data-detail=sketch]').length;
          editor.setCamera({ x: start.x, y: start.y, z: start.z });
          resolve({ deltas, pannedPx, zoom: start.z, domCards, sketchedCards });
        };
        const frame = (now: number) => {
          if (done) return;
          deltas.push(now - last);
          last = now;
          const t = now - t0;
          const camera = editor.getCamera();
          pannedPx = Math.max(pannedPx, Math.abs(camera.x - start.x) * start.z, Math.abs(camera.y - start.y) * start.z);
          if (t >= durationMs) return finish();
          // About 0.6 screen px per ms at the fastest: a brisk drag across the board.
          const dx = 600 * Math.sin((2 * Math.PI * t) / 3000);
          const dy = 250 * Math.sin((2 * Math.PI * t) / 1500);
          editor.setCamera({ x: start.x + dx / start.z, y: start.y + dy / start.z, z: start.z });
          requestAnimationFrame(frame);
        };
        requestAnimationFrame((now) => {
          last = now;
          t0 = now;
          requestAnimationFrame(frame);
        });
        setTimeout(finish, durationMs + 15_000); // bounded even if frames stall
      }),
    durationMs,
  );
  const stats = summarize(result.deltas);
  const slow = result.deltas.filter((delta) => delta > SLOW_FRAME_MS).length;
  return {
    frames: stats.count,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
    max: stats.max,
    mean: stats.mean,
    over33Share: stats.count > 0 ? slow / stats.count : Number.NaN,
    pannedPx: result.pannedPx,
    zoom: result.zoom,
    domCards: result.domCards,
    sketchedCards: result.sketchedCards,
  };
}

// ---------------------------------------------------------------------------------------------
// The report

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) : 'n/a');
const pct = (share: number) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : 'n/a');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

interface RunContext {
  machine: MachineInfo;
  chromiumVersion: string;
  viewport: { width: number; height: number };
  seconds: number;
  durationS: number;
  loadAverageAtEnd: number;
  otherCpu: number | null;
}

interface Column {
  heading: string;
  result: CountResult;
}

interface Baseline {
  run: SavedRun;
  label: string;
  /** What this run's columns are called beside the baseline's. */
  currentLabel: string;
}

/** One column per card count; with a baseline, its column and this run's side by side per count. */
function columnsOf(results: CountResult[], baseline: Baseline | null): Column[] {
  const count = (result: CountResult) => `${result.cards.toLocaleString('en-US')} cards`;
  if (!baseline) return results.map((result) => ({ heading: count(result), result }));
  return results.flatMap((result) => {
    const before = baseline.run.results.find((candidate) => candidate.cards === result.cards);
    const now = { heading: `${count(result)}, ${baseline.currentLabel}`, result };
    return before ? [{ heading: `${count(result)}, ${baseline.label}`, result: before }, now] : [now];
  });
}

function renderSection(results: CountResult[], run: RunContext, baseline: Baseline | null): string {
  const { machine, chromiumVersion, viewport, seconds, durationS } = run;
  const lines: string[] = [SECTION_HEADING, ''];
  lines.push(
    `${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os}; ` +
      `headless Chromium ${chromiumVersion}, viewport ${viewport.width}x${viewport.height}, \`--disable-gpu\`: **everything is rasterised on the CPU**, ` +
      `so these are pessimistic next to a laptop or tablet browser with GPU compositing. Load average (1 min) ${machine.loadAverage} at the start, ${run.loadAverageAtEnd} at the end; ` +
      (run.otherCpu === null ? '' : `other processes used ${(run.otherCpu * 100).toFixed(0)}% of the machine's CPU during the run (they slow the frames down). `) +
      `The whole run took ${durationS.toFixed(0)} s.` +
      (baseline
        ? ` Columns "${baseline.label}" come from an earlier run on the same machine (${baseline.run.date}, load average ${baseline.run.loadAverage} at the start, ${baseline.run.loadAverageAtEnd} at the end` +
          (baseline.run.otherCpu === null ? '' : `, other processes ${(baseline.run.otherCpu * 100).toFixed(0)}% of the CPU`) +
          `); columns "${baseline.currentLabel}" are this run.`
        : ''),
    '',
  );
  const columns = columnsOf(results, baseline);
  lines.push(row(['', ...columns.map((column) => column.heading)]));
  lines.push(row(['---', ...columns.map(() => '--:')]));
  const add = (label: string, cell: (result: CountResult) => string) => lines.push(row([label, ...columns.map((column) => cell(column.result))]));
  const loads = (pick: (sample: LoadSample) => number) => (result: CountResult) => `${ms(median(result.loads.map(pick)))} (${result.loads.map((sample) => ms(pick(sample))).join(', ')})`;
  add('creating the cards until the Y.Doc holds them (ms)', (result) => ms(result.createMs));
  add(`reload: editor exists (ms from navigation start, median of ${RELOADS})`, loads((sample) => sample.editorMs));
  add('reload: every card in the editor (ms)', loads((sample) => sample.allCardsInStoreMs));
  add('**reload: first render, every visible card in the DOM (ms)**', (result) => `**${loads((sample) => sample.firstRenderMs)(result)}**`);
  add('cards in the DOM after load', (result) => String(result.loads[result.loads.length - 1]?.domCards ?? 'n/a'));
  for (const [view, pick] of [
    ['zoomed to fit', (result: CountResult) => result.panFit],
    ['30% zoom', (result: CountResult) => result.pan30],
    ['100% zoom', (result: CountResult) => result.pan100],
  ] as const) {
    add(`pan, ${view}: zoom / cards in the DOM (of them sketched)`, (result) => `${(pick(result).zoom * 100).toFixed(0)}% / ${pick(result).domCards} (${pick(result).sketchedCards ?? 0})`);
    add(`pan, ${view}: frames in ${seconds} s`, (result) => String(pick(result).frames));
    add(`pan, ${view}: frame time p50 / p95 / p99 (ms)`, (result) => `${ms(pick(result).p50)} / **${ms(pick(result).p95)}** / ${ms(pick(result).p99)}`);
    add(`pan, ${view}: frame time max (ms)`, (result) => ms(pick(result).max));
    add(`**pan, ${view}: frames over ${SLOW_FRAME_MS} ms**`, (result) => `**${pct(pick(result).over33Share)}**`);
  }
  lines.push('');
  lines.push(
    `- How: \`npm run bench:board\` (\`bench/browser/boardWithManyCards.ts\`; \`--no-write\` prints only, \`--seconds S\` sets the panning time per view) starts \`npm start\` on a free port of 127.0.0.1 with a fresh data folder and the embedded database, ` +
      `signs in as the first facilitator and opens the demo workshop's plenary board. For each count it deletes every card, creates the cards through \`editor.createShapes\` ` +
      `(240x160, a grid about 1.25 x sqrt(n) columns wide, five colours) and waits until the Y.Doc holds them.`,
    `- First render: the page is reloaded ${RELOADS} times; a probe installed before the page's scripts samples, every animation frame, whether \`window.__planoEditor\` exists, how many cards it holds and how many \`[data-testid=plano-card]\` elements are in the DOM; ` +
      `"first render" is the first frame with the editor, every card and the final DOM count (stable for ${SETTLE_MS / 1000} s), in ms after navigation start. The browser's HTTP cache and the board's IndexedDB copy are warm (a returning participant), the server's room is loaded.`,
    `- Panning: after zoom to fit (every card on screen), at 30% zoom around the board's centre and at 100% zoom (tldraw culls the cards off screen), \`editor.setCamera\` moves the camera every animation frame for ${seconds} s (sine sweeps, up to about 0.6 screen px/ms); ` +
      `the frame times are the deltas between \`requestAnimationFrame\` callbacks (16.7 ms at 60 Hz). More than ${SLOW_FRAME_MS} ms means under 30 fps at that moment.`,
    `- Below 40% zoom a card is drawn without its text layout (a coloured rectangle with its first line and flowchart marks, no author line or shadow; see \`CARD_DETAIL_MIN_ZOOM\` in \`components/board/shapes/CardShapeUtil.tsx\`): at 100 cards "zoomed to fit" is 34%, so that view is affected too.`,
    `- The editor appears with every card already in it (the board's records are in the Y.Doc before tldraw mounts), and tldraw keeps culled cards in the DOM (hidden), so the DOM always holds every card.`,
    `- One run's numbers. On a shared 2-core machine they move a lot with other work: with other processes busy, first render and the slow-frame share doubled or worse between two runs a minute apart (the load line above says how busy this run was).`,
  );
  return lines.join('\n');
}

async function writeSection(section: string): Promise<void> {
  const filePath = path.join(root, 'BENCHMARKS.md');
  const current = await readFile(filePath, 'utf8');
  const start = current.indexOf(`\n${SECTION_HEADING}\n`);
  if (start < 0) {
    await writeFile(filePath, `${current.replace(/\s*$/, '')}\n\n${section}\n`);
    return;
  }
  const rest = current.slice(start + 1 + SECTION_HEADING.length);
  const next = rest.search(/^## /m);
  const tail = next < 0 ? '' : `\n${rest.slice(next)}`;
  await writeFile(filePath, `${current.slice(0, start)}\n${section}\n${tail}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const write = !argv.includes('--no-write');
  const secondsIndex = argv.indexOf('--seconds');
  const seconds = secondsIndex >= 0 ? Number(argv[secondsIndex + 1]) : 3;
  const flag = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const saveJson = flag('--save-json');
  const baselineFile = flag('--baseline');
  const baseline: Baseline | null = baselineFile
    ? { run: JSON.parse(await readFile(baselineFile, 'utf8')) as SavedRun, label: flag('--baseline-label') ?? 'before', currentLabel: flag('--label') ?? 'after' }
    : null;
  if (!(seconds > 0 && seconds <= 60)) throw new Error('--seconds must be in (0, 60]');

  const began = Date.now();
  const machine = await machineInfo();
  const cpuStart = await readCpuCounters();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plano-bench-board-'));
  let browser: Browser | null = null;
  const results: CountResult[] = [];
  let chromiumVersion = 'unknown';
  const viewport = devices['Desktop Chrome'].viewport;
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    console.log(`starting Plano on ${base} (data in ${dataDir}; builds first if the sources changed)...`);
    await startServer(port, dataDir);
    const { email, password } = await readFacilitator(dataDir);

    const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
    browser = await chromium.launch({ headless: true, executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
    chromiumVersion = browser.version();
    const context = await browser.newContext({ ...devices['Desktop Chrome'] });
    context.setDefaultTimeout(LOAD_TIMEOUT_MS);
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)`, a helper that exists
    // in this process only; the functions shipped to the page need a stand-in.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await context.addInitScript(installLoadProbe);
    const page = await context.newPage();
    await openPlenary(page, base, email, password);
    console.log(`signed in, board open at ${page.url()}`);

    for (const count of CARD_COUNTS) {
      const createMs = await fillBoard(page, count);
      console.log(`${count} cards created in ${createMs} ms`);
      const loads: LoadSample[] = [];
      for (let reload = 0; reload < RELOADS; reload++) {
        const sample = await measureLoad(page, count);
        console.log(`  reload ${reload + 1}: editor ${ms(sample.editorMs)} ms, all cards ${ms(sample.allCardsInStoreMs)} ms, first render ${ms(sample.firstRenderMs)} ms, ${sample.domCards} cards in the DOM`);
        loads.push(sample);
      }
      const panFit = await measurePan(page, 'fit', seconds * 1000);
      console.log(`  pan zoomed to fit (${panFit.sketchedCards} cards sketched): p50 ${ms(panFit.p50)}, p95 ${ms(panFit.p95)}, max ${ms(panFit.max)} ms, ${pct(panFit.over33Share)} over ${SLOW_FRAME_MS} ms, camera moved ${panFit.pannedPx.toFixed(0)} px`);
      const pan30 = await measurePan(page, '30%', seconds * 1000);
      console.log(`  pan at 30%: p50 ${ms(pan30.p50)}, p95 ${ms(pan30.p95)}, max ${ms(pan30.max)} ms, ${pct(pan30.over33Share)} over ${SLOW_FRAME_MS} ms, camera moved ${pan30.pannedPx.toFixed(0)} px`);
      const pan100 = await measurePan(page, '100%', seconds * 1000);
      console.log(`  pan at 100%: p50 ${ms(pan100.p50)}, p95 ${ms(pan100.p95)}, max ${ms(pan100.max)} ms, ${pct(pan100.over33Share)} over ${SLOW_FRAME_MS} ms, camera moved ${pan100.pannedPx.toFixed(0)} px`);
      for (const pan of [panFit, pan30, pan100]) if (pan.pannedPx < 100) throw new Error(`the camera did not pan (moved ${pan.pannedPx.toFixed(0)} px): the frame times would not measure panning`);
      results.push({ cards: count, createMs, loads, panFit, pan30, pan100 });
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer();
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
  // Read after the browser and the server exited, so their CPU time counts as the bench's own.
  const otherCpu = otherCpuShare(cpuStart, await readCpuCounters());
  const loadAverageAtEnd = Math.round(os.loadavg()[0] * 100) / 100;
  if (saveJson) {
    const saved: SavedRun = { results, date: machine.date, loadAverage: machine.loadAverage, loadAverageAtEnd, otherCpu };
    await writeFile(saveJson, JSON.stringify(saved, null, 2));
    console.log(`results saved to ${saveJson}`);
  }
  const section = renderSection(results, { machine, chromiumVersion, viewport, seconds, durationS: (Date.now() - began) / 1000, loadAverageAtEnd, otherCpu }, baseline);
  console.log(`\n${section}\n`);
  if (write) {
    await writeSection(section);
    console.log('BENCHMARKS.md updated.');
  }
}

const overall = setTimeout(() => {
  console.error('bench:board took longer than 20 minutes; giving up');
  killServer('SIGKILL');
  process.exit(1);
}, 20 * 60_000);
overall.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    killServer('SIGKILL');
    process.exit(1);
  },
);
