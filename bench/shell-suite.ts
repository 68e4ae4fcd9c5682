import { measureBuild } from './build-size';
import { coldLoad, type ColdLoad } from './cold-load';
import type { BenchContext, BenchRow } from './context';
import { kb, median, ms, spread } from './stats';

const LOADS = 7;

/** Build size, and cold loads of the signed-in shell. */
export async function shellSuite(context: BenchContext): Promise<BenchRow[]> {
  const build = measureBuild('dist');
  const rows: BenchRow[] = [
    { figure: 'Build: JS (raw / gzip)', value: `${kb(build.js.raw)} / ${kb(build.js.gzip)}`, raw: build.js.gzip },
    { figure: 'Build: CSS (raw / gzip)', value: `${kb(build.css.raw)} / ${kb(build.css.gzip)}`, raw: build.css.gzip },
  ];
  let cookies = await context.signIn('finance.admin@sandbox.test');
  const loads: ColdLoad[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const result = await coldLoad(context.browser, `${context.gatewayUrl}/`, cookies, async (page) => {
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    });
    loads.push(result.load);
    cookies = result.cookies;
  }
  const times = loads.map((load) => load.ms);
  const first = loads[0] as ColdLoad;
  const range = spread(times);
  rows.push(
    { figure: 'Home: JS + CSS loaded before the signed-in shell (transferred)', value: `${kb(first.jsGzip)} + ${kb(first.cssGzip)}`, raw: first.jsGzip + first.cssGzip },
    { figure: `Home: cold load to signed-in shell (median of ${LOADS}, min–max)`, value: `${ms(median(times))} (${ms(range.min)}–${ms(range.max)})`, raw: median(times) },
  );
  return rows;
}
